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

            // Documents are kept as the UTF-8 bytes the service writes and serves (no text round trip).
            migrationBuilder.Sql("UPDATE credential_documents SET document = CAST(document AS BLOB);");

            // A batched credential now follows its batch's state; the row keeps Pending (0) unless revoked (3).
            migrationBuilder.Sql("UPDATE credentials SET state = 0 WHERE state IN (1, 2);");

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

            migrationBuilder.Sql("UPDATE credential_documents SET document = CAST(document AS TEXT);");
            migrationBuilder.Sql("UPDATE credentials SET state = (SELECT b.state FROM batches b WHERE b.id = credentials.batch_id) WHERE batch_id IS NOT NULL AND state <> 3;");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_issuer_state_accepted",
                table: "credentials",
                columns: new[] { "issuer_address", "state", "accepted_at_ms" });
        }
    }
}
