using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CredChain.Issuer.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class DocumentBytes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_credentials_issuer_state_accepted",
                table: "credentials");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_unbatched",
                table: "credentials",
                columns: new[] { "issuer_address", "state", "accepted_at_ms" },
                filter: "batch_id IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_credentials_unbatched",
                table: "credentials");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_issuer_state_accepted",
                table: "credentials",
                columns: new[] { "issuer_address", "state", "accepted_at_ms" });
        }
    }
}
