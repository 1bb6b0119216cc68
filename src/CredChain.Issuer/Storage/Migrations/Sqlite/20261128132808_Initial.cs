using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CredChain.Issuer.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "batches",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    issuer_address = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    state = table.Column<int>(type: "INTEGER", nullable: false),
                    from_upload = table.Column<bool>(type: "INTEGER", nullable: false),
                    credential_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    root = table.Column<byte[]>(type: "BLOB", nullable: true),
                    nonce = table.Column<long>(type: "INTEGER", nullable: true),
                    signed_transaction = table.Column<byte[]>(type: "BLOB", nullable: true),
                    transaction_hash = table.Column<byte[]>(type: "BLOB", nullable: true),
                    block_number = table.Column<long>(type: "INTEGER", nullable: true),
                    gas_used = table.Column<long>(type: "INTEGER", nullable: true),
                    anchored_at_ms = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    revocation_reason = table.Column<int>(type: "INTEGER", nullable: true),
                    revoked_at_ms = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batches", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credentials",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    issuer_address = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    state = table.Column<int>(type: "INTEGER", nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    target_hash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    accepted_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    revocation_reason = table.Column<int>(type: "INTEGER", nullable: true),
                    revoked_at_ms = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credentials", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "idempotency_keys",
                columns: table => new
                {
                    issuer_address = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    request_hash = table.Column<byte[]>(type: "BLOB", nullable: false),
                    credential_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    created_at_ms = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_idempotency_keys", x => new { x.issuer_address, x.key });
                });

            migrationBuilder.CreateTable(
                name: "revocations",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    issuer_address = table.Column<string>(type: "TEXT", maxLength: 42, nullable: false),
                    batch_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    credential_id = table.Column<Guid>(type: "TEXT", nullable: true),
                    reason = table.Column<int>(type: "INTEGER", nullable: false),
                    state = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at_ms = table.Column<long>(type: "INTEGER", nullable: false),
                    nonce = table.Column<long>(type: "INTEGER", nullable: true),
                    signed_transaction = table.Column<byte[]>(type: "BLOB", nullable: true),
                    transaction_hash = table.Column<byte[]>(type: "BLOB", nullable: true),
                    block_number = table.Column<long>(type: "INTEGER", nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_revocations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "credential_documents",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    document = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credential_documents", x => x.id);
                    table.ForeignKey(
                        name: "FK_credential_documents_credentials_id",
                        column: x => x.id,
                        principalTable: "credentials",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_batches_state_created",
                table: "batches",
                columns: new[] { "state", "created_at_ms" });

            migrationBuilder.CreateIndex(
                name: "ux_batches_root",
                table: "batches",
                column: "root",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_credentials_batch_id",
                table: "credentials",
                column: "batch_id");

            migrationBuilder.CreateIndex(
                name: "ix_credentials_issuer_state_accepted",
                table: "credentials",
                columns: new[] { "issuer_address", "state", "accepted_at_ms" });

            migrationBuilder.CreateIndex(
                name: "ix_revocations_state_created",
                table: "revocations",
                columns: new[] { "state", "created_at_ms" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "batches");

            migrationBuilder.DropTable(
                name: "credential_documents");

            migrationBuilder.DropTable(
                name: "idempotency_keys");

            migrationBuilder.DropTable(
                name: "revocations");

            migrationBuilder.DropTable(
                name: "credentials");
        }
    }
}
