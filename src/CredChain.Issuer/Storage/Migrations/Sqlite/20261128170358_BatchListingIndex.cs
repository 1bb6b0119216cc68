using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CredChain.Issuer.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BatchListingIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_credentials_batch_id",
                table: "credentials");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_batch_id",
                table: "credentials",
                columns: new[] { "batch_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_credentials_batch_id",
                table: "credentials");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_batch_id",
                table: "credentials",
                column: "batch_id");
        }
    }
}
