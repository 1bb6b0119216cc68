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

            migrationBuilder.AlterColumn<byte[]>(
                name: "document",
                table: "credential_documents",
                type: "BLOB",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "TEXT");

            // Documents written before stay TEXT values in the BLOB column: SQLite reads them as the same UTF-8 bytes.
            // Their rows' old states (anchoring, anchored) are no longer read: a batched credential follows its batch.

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

            migrationBuilder.AlterColumn<string>(
                name: "document",
                table: "credential_documents",
                type: "TEXT",
                nullable: false,
                oldClrType: typeof(byte[]),
                oldType: "BLOB");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_issuer_state_accepted",
                table: "credentials",
                columns: new[] { "issuer_address", "state", "accepted_at_ms" });
        }
    }
}
