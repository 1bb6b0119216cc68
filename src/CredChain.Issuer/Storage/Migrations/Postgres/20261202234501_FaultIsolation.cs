using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CredChain.Issuer.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class FaultIsolation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "failed_at_ms",
                table: "revocations",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "failure_code",
                table: "revocations",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "failure_error",
                table: "revocations",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "failed_at_ms",
                table: "batches",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "failure_code",
                table: "batches",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "failure_error",
                table: "batches",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_revocations_batch",
                table: "revocations",
                columns: new[] { "batch_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ix_revocations_credential",
                table: "revocations",
                columns: new[] { "credential_id", "created_at_ms" });

            migrationBuilder.CreateIndex(
                name: "ix_revocations_issuer_state",
                table: "revocations",
                columns: new[] { "issuer_address", "state", "created_at_ms" });

            // Duplicates stored before this migration would refuse the unique indexes below: fail them first.
            migrationBuilder.Sql(DuplicateRevocationRepair.Sql);

            migrationBuilder.CreateIndex(
                name: "ux_revocations_active_batch",
                table: "revocations",
                column: "batch_id",
                unique: true,
                filter: "credential_id IS NULL AND state <> 3");

            migrationBuilder.CreateIndex(
                name: "ux_revocations_active_credential",
                table: "revocations",
                column: "credential_id",
                unique: true,
                filter: "credential_id IS NOT NULL AND state <> 3");

            migrationBuilder.CreateIndex(
                name: "ix_batches_issuer_state",
                table: "batches",
                columns: new[] { "issuer_address", "state", "created_at_ms" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_revocations_batch",
                table: "revocations");

            migrationBuilder.DropIndex(
                name: "ix_revocations_credential",
                table: "revocations");

            migrationBuilder.DropIndex(
                name: "ix_revocations_issuer_state",
                table: "revocations");

            migrationBuilder.DropIndex(
                name: "ux_revocations_active_batch",
                table: "revocations");

            migrationBuilder.DropIndex(
                name: "ux_revocations_active_credential",
                table: "revocations");

            migrationBuilder.DropIndex(
                name: "ix_batches_issuer_state",
                table: "batches");

            migrationBuilder.DropColumn(
                name: "failed_at_ms",
                table: "revocations");

            migrationBuilder.DropColumn(
                name: "failure_code",
                table: "revocations");

            migrationBuilder.DropColumn(
                name: "failure_error",
                table: "revocations");

            migrationBuilder.DropColumn(
                name: "failed_at_ms",
                table: "batches");

            migrationBuilder.DropColumn(
                name: "failure_code",
                table: "batches");

            migrationBuilder.DropColumn(
                name: "failure_error",
                table: "batches");
        }
    }
}
