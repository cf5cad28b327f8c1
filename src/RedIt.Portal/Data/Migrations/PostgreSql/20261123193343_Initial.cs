using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace RedIt.Portal.Data.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    FirstName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PreferredCulture = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    PasswordHash = table.Column<string>(type: "text", nullable: true),
                    SecurityStamp = table.Column<string>(type: "text", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "text", nullable: true),
                    PhoneNumber = table.Column<string>(type: "text", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "boolean", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "boolean", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditLogEntry",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ActorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Details = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditLogEntry", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    FriendlyName = table.Column<string>(type: "text", nullable: true),
                    Xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataSubjectRequest",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequesterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequesterEmail = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Culture = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    Message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExtendedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ExtensionReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    ConfirmationHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    ConfirmedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ErasedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ErasureKept = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CompletedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    HandledByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Outcome = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataSubjectRequest", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ExportDownload",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExportDownload", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RetentionSweepRun",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DryRun = table.Column<bool>(type: "boolean", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    TotalRows = table.Column<int>(type: "integer", nullable: false),
                    LinesJson = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RetentionSweepRun", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimType = table.Column<string>(type: "text", nullable: true),
                    ClaimValue = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    ProviderKey = table.Column<string>(type: "text", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "text", nullable: true),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    LoginProvider = table.Column<string>(type: "text", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CallRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    CallerNumber = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallRecord_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ConsentRecords",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Given = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Source = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    PolicyVersion = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConsentRecords", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConsentRecords_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ContactMessage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Message = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    SenderIp = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: false),
                    ReceivedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ContactMessage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ContactMessage_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "Customers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    CompanyName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    KvkNumber = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    VatNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Customers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Customers_AspNetUsers_Id",
                        column: x => x.Id,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Disclosure",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Recipient = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DataItems = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    LegalGround = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RecordedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Disclosure", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Disclosure_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Disclosure_AspNetUsers_RecordedByUserId",
                        column: x => x.RecordedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "ErrorReport",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    IpAddress = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Message = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Reference = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ErrorReport", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ErrorReport_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "PolicyVersions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Significant = table.Column<bool>(type: "boolean", nullable: false),
                    ChangeSummary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Text = table.Column<string>(type: "character varying(100000)", maxLength: 100000, nullable: false),
                    PublishedByUserId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyVersions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyVersions_AspNetUsers_PublishedByUserId",
                        column: x => x.PublishedByUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "RecoveryCase",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecoveryCase", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecoveryCase_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Ticket",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Subject = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Ticket", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Ticket_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "CallRecording",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CallRecordId = table.Column<Guid>(type: "uuid", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    RecordedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CallRecording", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CallRecording_CallRecord_CallRecordId",
                        column: x => x.CallRecordId,
                        principalTable: "CallRecord",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CustomerAddresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Street = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HouseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PostalCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    City = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CustomerAddresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CustomerAddresses_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Invoice",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CustomerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IssuedOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueOn = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Total = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    BillingName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BillingStreet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    BillingHouseNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    BillingPostalCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    BillingCity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BillingCountryCode = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    AnonymisedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Invoice", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Invoice_Customers_CustomerId",
                        column: x => x.CustomerId,
                        principalTable: "Customers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PolicyAcknowledgements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    PolicyVersionId = table.Column<Guid>(type: "uuid", nullable: false),
                    AcknowledgedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyAcknowledgements", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PolicyAcknowledgements_AspNetUsers_PersonId",
                        column: x => x.PersonId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PolicyAcknowledgements_PolicyVersions_PolicyVersionId",
                        column: x => x.PolicyVersionId,
                        principalTable: "PolicyVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RecoveryDocument",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    EncryptedContent = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RecoveryDocument", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RecoveryDocument_RecoveryCase_CaseId",
                        column: x => x.CaseId,
                        principalTable: "RecoveryCase",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TicketMessage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TicketId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    SenderIp = table.Column<string>(type: "character varying(45)", maxLength: 45, nullable: true),
                    SentAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TicketMessage", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TicketMessage_AspNetUsers_AuthorUserId",
                        column: x => x.AuthorUserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_TicketMessage_Ticket_TicketId",
                        column: x => x.TicketId,
                        principalTable: "Ticket",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PaymentRecord",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Provider = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Method = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    MaskedReference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    At = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PaymentRecord", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PaymentRecord_Invoice_InvoiceId",
                        column: x => x.InvoiceId,
                        principalTable: "Invoice",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AspNetRoles",
                columns: new[] { "Id", "ConcurrencyStamp", "Name", "NormalizedName" },
                values: new object[,]
                {
                    { new Guid("0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0001"), "0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0001", "Customer", "CUSTOMER" },
                    { new Guid("0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0002"), "0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0002", "Support", "SUPPORT" },
                    { new Guid("0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0003"), "0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0003", "Sales", "SALES" },
                    { new Guid("0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0004"), "0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0004", "Finance", "FINANCE" },
                    { new Guid("0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0005"), "0b8a3c9e-2f41-4d1a-9a57-1c0f6c1e0005", "Admin", "ADMIN" }
                });

            migrationBuilder.InsertData(
                table: "PolicyVersions",
                columns: new[] { "Id", "ChangeSummary", "Number", "PublishedAt", "PublishedByUserId", "Significant", "Text" },
                values: new object[] { new Guid("5f0c1a52-3d2e-4c4b-9a57-2018052400a1"), "First published version of the privacy policy.", 1, new DateTime(2018, 5, 24, 0, 0, 0, 0, DateTimeKind.Utc), null, false, "Privacy policy\nWhen you use our services, you provide us with information. This may include personal data. We only store the data you provide directly or that is clearly provided to us when you provide it. We consider the handling of personal data to be of great importance, so we process and protect this data with the utmost care. In this Privacy Policy, we describe which (categories of) personal data we collect, for what purpose we use it, and with which categories of data subjects and recipients we share it.\nWhen processing data, we comply with the General Data Protection Regulation (GDPR), and while you can also use our services as a business, company data is not covered by the GDPR. This Policy is therefore primarily intended for those who use our services as private individuals.\nThe last changes to this Privacy Policy took place on May 24, 2018.\n1.1. Creating an account\nWe collect the following data when you become a RED-IT customer:\n- First and last name, so we know who we are doing business with\n- Email address, so we can contact you by email\n- Telephone number, so we can contact you by phone\n- Address, so we can contact you by post\n- Billing address, if you prefer us to send invoices to a different address\n- Payment details, provided by our payment provider so we know that payment has been made for the services you use\n1.2 Contact us\nWe collect the following information when you contact us by email:\n- Your email address\n- The information you provided in the email\n- IP address used when filling out the contact form on our website\nWe collect the following information when you contact us by phone:\n- Your phone number\n- Recording of the telephone conversation\n2. The use of personal data\nThe information we collect is used for various purposes. Below, we describe how we use your data and for what purpose.\n2.1. Customer service\nWhen you contact us by email or through the contact form on our website, we store these messages in our secure email system. This is primarily so we can respond to and process your request, and secondly, to better assist you in the future.\nBesides contacting us by email, you can also call us. When we receive a call, your phone number and name (if known) will appear on our phones. This allows us to quickly see who is calling and who we should call back.\nRecording of telephone conversations\nEvery call placed through our service number is recorded. This is partly for training purposes and partly to support us in the event of any disputes.\nRecover account access\nIf you no longer have access to your account with the email address we have on file for you, please provide the following information so we can restore access to your account:\nprivate customer\n- Copy of identification\nbusiness customer\n- Digitally certified extract from the Chamber of Commerce (not older than 3 months)\n- Copy of identification of an independently authorized director, or all jointly authorized directors\nAfter we use these documents to restore access to your account, we will delete them.\n2.2. Third-party verification\nWe may verify some information, such as your address and telephone number, with the help of a third party.\nWhen creating an account, we ask for your address information and an optional billing address. When an address is entered in one of the fields, it is automatically checked for validity using the Google Maps API.\n2.3. Providing a service\nFor some of the services we offer, the use of personal data is necessary, such as registering domain names or applying for an SSL certificate.\nTo register a domain name, we request and use at least the following information:\n- First and last name\n- Gender\n- Address\n- Phone number\n- Email address\nTo create an SSL certificate (this does not apply to Let's Encrypt certificates), we request and use the following information:\n- Company name or personal name and surname\n- Business address or personal address\n- Email address\nTo register domain names and secure SSL certificates, we forward your information to our supplier for these products. Once this is done, they will finalize the process with the relevant organizations: domain name registrars and certificate authorities.\n2.4. Billing\nTo continue offering our services in the coming years, we need to charge for their use. To achieve this, we issue an invoice containing personal data. To comply with Dutch tax law, we retain our invoices for seven years. We also work with Multisafepay. Although we don't actively share data with them ourselves, they do obtain your name, bank account number, or credit card information when you pay for our services.\nIf certain conditions are met, we share personal data with our debt collection agency (DAS Incasso). This may happen if an invoice's payment term has expired and no payment has been made after several reminders. In that case, DAS Incasso receives the following information from us:\n- First and last name\n- Address or billing address\n- Invoices we have sent\n- Communications we have sent\n2.5. Data center access\nWhen using our colocation services, we offer a way to visit the data center for hardware maintenance, for example. To gain access, a request must be submitted through our customer service, and we will provide the following information to our data center provider:\n- First and last name\n2.6. Spam filtering\nTo keep unwanted emails like spam out of your inbox and prevent outgoing spam, we use the spam filter provided by our web hosting provider, SpamExperts, for POP and IMAP mailboxes and Microsoft for Office 365 mailboxes. These systems scan incoming and outgoing emails and then filter them for malicious content.\nWhen you, as a user, manually mark messages as spam, this information is shared with the spam filter provider to increase the effectiveness of the filter.\n2.7. Sending quotations\nWhen you contact our sales department for more information about our Managed services, for example, we may send you a quote using third-party software.\nA quotation may contain the following personal data:\n- First and last name\n- Address\n- Email address\n- Online signature\n2.8. External communication\nAs a RED-IT customer, we'd like to keep you informed about the services you use, news we think you shouldn't miss, and how to get the most out of our products.\nEmails about the services you use\nYou'll receive these emails automatically when you purchase a service from us, and they generally contain useful information. If your data traffic limits are about to be reached or if an outage occurs, we can notify you by email.\n2.9. Internal communication\nOur employees use a variety of tools for internal communication and project progress tracking. Where possible, email is preferred as a means of information transfer, though it is not exclusive in this regard.\nSkype for Business\nTo enable efficient communication, we use Skype for Business for casual conversations between our employees. In some cases, personal information is also shared via this medium.\n2.10. Error reporting\nYou may encounter an error message while visiting our websites. To help our developers resolve such errors, we automatically send reports to an external resource. These reports include the user's IP address and email address to connect the report to the error message.\nAn example of such a report is a failed login attempt where a report is generated to trace the cause of the failure.\n2.11. Fraud and abuse\nIn the event of suspicion or evidence of fraud or abuse, we may be required to transfer personal information to the relevant authorities.\n3. Third-party tracking\nWe use multiple tracking pixels to improve the user experience and optimize our marketing activities.\n3.1. Google Analytics\nWe use Google Analytics on all our websites to track various things, such as the duration of a visit, a visitor's physical location, and which pages are visited. This tells us what's happening on our website.\nWe use Google Analytics on the following pages:\n- www.red-it.nl – All pages\nFor more information about how Google collects and uses information, please refer to Google's Privacy Policy.\n4. Security\nWe implement security measures to minimize the risk of misuse of and unauthorized access to personal data. We adhere to current best practices and security standards and frequently evaluate our compliance with these standards.\n5. Changes to this Privacy Policy\nWe reserve the right to make changes to this Privacy Policy. The date of the last modification is indicated at the top of this document. In the event of significant changes, we will notify you by email, our website, or one of our control panels. However, we recommend that you consult this Policy regularly to stay informed of any changes.\n6. Accessing and changing your data\nIf you have any questions about our privacy policy or questions regarding access and changes (including deletion of) your personal data, you can contact us at any time. contact us." });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogEntry_At",
                table: "AuditLogEntry",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogEntry_RequestId",
                table: "AuditLogEntry",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_AuditLogEntry_SubjectPersonId",
                table: "AuditLogEntry",
                column: "SubjectPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecord_At",
                table: "CallRecord",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecord_CallerNumber",
                table: "CallRecord",
                column: "CallerNumber");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecord_PersonId",
                table: "CallRecord",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CallRecording_CallRecordId",
                table: "CallRecording",
                column: "CallRecordId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CallRecording_RecordedAt",
                table: "CallRecording",
                column: "RecordedAt");

            migrationBuilder.CreateIndex(
                name: "IX_ConsentRecords_PersonId_Purpose_Id",
                table: "ConsentRecords",
                columns: new[] { "PersonId", "Purpose", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ContactMessage_PersonId",
                table: "ContactMessage",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ContactMessage_ReceivedAt",
                table: "ContactMessage",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CustomerAddresses_CustomerId_Kind",
                table: "CustomerAddresses",
                columns: new[] { "CustomerId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequest_PersonId",
                table: "DataSubjectRequest",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_DataSubjectRequest_Status_DueAt",
                table: "DataSubjectRequest",
                columns: new[] { "Status", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosure_PersonId_At",
                table: "Disclosure",
                columns: new[] { "PersonId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Disclosure_RecordedByUserId",
                table: "Disclosure",
                column: "RecordedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_ErrorReport_At",
                table: "ErrorReport",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_ErrorReport_PersonId",
                table: "ErrorReport",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ErrorReport_Reference",
                table: "ErrorReport",
                column: "Reference");

            migrationBuilder.CreateIndex(
                name: "IX_ExportDownload_TokenHash",
                table: "ExportDownload",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Invoice_CustomerId",
                table: "Invoice",
                column: "CustomerId");

            migrationBuilder.CreateIndex(
                name: "IX_Invoice_IssuedOn",
                table: "Invoice",
                column: "IssuedOn");

            migrationBuilder.CreateIndex(
                name: "IX_Invoice_Number",
                table: "Invoice",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PaymentRecord_At",
                table: "PaymentRecord",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_PaymentRecord_InvoiceId",
                table: "PaymentRecord",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyAcknowledgements_PersonId_PolicyVersionId",
                table: "PolicyAcknowledgements",
                columns: new[] { "PersonId", "PolicyVersionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyAcknowledgements_PolicyVersionId",
                table: "PolicyAcknowledgements",
                column: "PolicyVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVersions_Number",
                table: "PolicyVersions",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PolicyVersions_PublishedByUserId",
                table: "PolicyVersions",
                column: "PublishedByUserId");

            migrationBuilder.CreateIndex(
                name: "IX_RecoveryCase_PersonId",
                table: "RecoveryCase",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_RecoveryCase_Status_OpenedAt",
                table: "RecoveryCase",
                columns: new[] { "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RecoveryDocument_CaseId",
                table: "RecoveryDocument",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_RecoveryDocument_UploadedAt",
                table: "RecoveryDocument",
                column: "UploadedAt");

            migrationBuilder.CreateIndex(
                name: "IX_RetentionSweepRun_StartedAt",
                table: "RetentionSweepRun",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_PersonId",
                table: "Ticket",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Ticket_Status_OpenedAt",
                table: "Ticket",
                columns: new[] { "Status", "OpenedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_TicketMessage_AuthorUserId",
                table: "TicketMessage",
                column: "AuthorUserId");

            migrationBuilder.CreateIndex(
                name: "IX_TicketMessage_SentAt",
                table: "TicketMessage",
                column: "SentAt");

            migrationBuilder.CreateIndex(
                name: "IX_TicketMessage_TicketId",
                table: "TicketMessage",
                column: "TicketId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditLogEntry");

            migrationBuilder.DropTable(
                name: "CallRecording");

            migrationBuilder.DropTable(
                name: "ConsentRecords");

            migrationBuilder.DropTable(
                name: "ContactMessage");

            migrationBuilder.DropTable(
                name: "CustomerAddresses");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DataSubjectRequest");

            migrationBuilder.DropTable(
                name: "Disclosure");

            migrationBuilder.DropTable(
                name: "ErrorReport");

            migrationBuilder.DropTable(
                name: "ExportDownload");

            migrationBuilder.DropTable(
                name: "PaymentRecord");

            migrationBuilder.DropTable(
                name: "PolicyAcknowledgements");

            migrationBuilder.DropTable(
                name: "RecoveryDocument");

            migrationBuilder.DropTable(
                name: "RetentionSweepRun");

            migrationBuilder.DropTable(
                name: "TicketMessage");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "CallRecord");

            migrationBuilder.DropTable(
                name: "Invoice");

            migrationBuilder.DropTable(
                name: "PolicyVersions");

            migrationBuilder.DropTable(
                name: "RecoveryCase");

            migrationBuilder.DropTable(
                name: "Ticket");

            migrationBuilder.DropTable(
                name: "Customers");

            migrationBuilder.DropTable(
                name: "AspNetUsers");
        }
    }
}
