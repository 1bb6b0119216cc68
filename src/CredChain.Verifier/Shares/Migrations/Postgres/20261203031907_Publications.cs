using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CredChain.Verifier.Shares.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Publications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Publisher",
                table: "shares",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "WithdrawnAtMs",
                table: "shares",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Publisher",
                table: "shares");

            migrationBuilder.DropColumn(
                name: "WithdrawnAtMs",
                table: "shares");
        }
    }
}
