using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CredChain.Issuer.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Publications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "batch_publications",
                columns: table => new
                {
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    completed_at_ms = table.Column<long>(type: "bigint", nullable: true),
                    attempts = table.Column<int>(type: "integer", nullable: false),
                    last_error = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_batch_publications", x => x.batch_id);
                });

            migrationBuilder.CreateTable(
                name: "publications",
                columns: table => new
                {
                    credential_id = table.Column<Guid>(type: "uuid", nullable: false),
                    batch_id = table.Column<Guid>(type: "uuid", nullable: false),
                    issuer_address = table.Column<string>(type: "character varying(42)", maxLength: 42, nullable: false),
                    code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    share_id = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    state = table.Column<int>(type: "integer", nullable: false),
                    created_at_ms = table.Column<long>(type: "bigint", nullable: false),
                    published_at_ms = table.Column<long>(type: "bigint", nullable: true),
                    withdrawn_at_ms = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_publications", x => x.credential_id);
                });

            migrationBuilder.CreateIndex(
                name: "ix_batch_publications_open",
                table: "batch_publications",
                column: "completed_at_ms");

            migrationBuilder.CreateIndex(
                name: "ix_publications_batch_state",
                table: "publications",
                columns: new[] { "batch_id", "state" });

            migrationBuilder.CreateIndex(
                name: "ux_publications_share_id",
                table: "publications",
                column: "share_id",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "batch_publications");

            migrationBuilder.DropTable(
                name: "publications");
        }
    }
}
