using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CredChain.Verifier.Shares.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HolderWithdrawal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<byte[]>(
                name: "HolderWithdrawalCodeHash",
                table: "shares",
                type: "bytea",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "WithdrawnBy",
                table: "shares",
                type: "integer",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "HolderWithdrawalCodeHash",
                table: "shares");

            migrationBuilder.DropColumn(
                name: "WithdrawnBy",
                table: "shares");
        }
    }
}
