using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CredChain.Issuer.Storage.Migrations.Postgres
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

            // Documents are kept as the UTF-8 bytes the service writes and serves (no text round trip).
            migrationBuilder.Sql("ALTER TABLE credential_documents ALTER COLUMN document TYPE bytea USING convert_to(document, 'UTF8');");
            // Rows' old states (anchoring, anchored) are no longer read: a batched credential follows its batch.

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

            migrationBuilder.Sql("ALTER TABLE credential_documents ALTER COLUMN document TYPE text USING convert_from(document, 'UTF8');");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_issuer_state_accepted",
                table: "credentials",
                columns: new[] { "issuer_address", "state", "accepted_at_ms" });
        }
    }
}
