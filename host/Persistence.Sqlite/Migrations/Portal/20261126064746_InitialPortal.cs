using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace FormEngine.Persistence.Sqlite.Migrations.Portal
{
    /// <inheritdoc />
    public partial class InitialPortal : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "access_log",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    staff_hsa_id = table.Column<string>(type: "TEXT", nullable: false),
                    actor = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false, defaultValue: "staff"),
                    actor_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    resident_personnummer = table.Column<string>(type: "TEXT", nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", nullable: false),
                    action = table.Column<string>(type: "TEXT", nullable: false),
                    what = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_access_log", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "aid_entitlements",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    resident_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    product = table.Column<string>(type: "TEXT", nullable: false),
                    category = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    deliveries_left = table.Column<int>(type: "INTEGER", nullable: false),
                    minimum_interval_days = table.Column<int>(type: "INTEGER", nullable: false),
                    last_delivered_on = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_aid_entitlements", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "appointment_slots",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    starts_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ends_at = table.Column<long>(type: "INTEGER", nullable: false),
                    care_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    care_type_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    performer_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    performer_title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    cancel_allowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    rebook_allowed = table.Column<bool>(type: "INTEGER", nullable: false),
                    message_allowed = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appointment_slots", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "attachment_contents",
                columns: table => new
                {
                    attachment_id = table.Column<string>(type: "TEXT", nullable: false),
                    bytes = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachment_contents", x => x.attachment_id);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    owner_id = table.Column<string>(type: "TEXT", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", nullable: false),
                    content_type = table.Column<string>(type: "TEXT", nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    uploaded_by = table.Column<string>(type: "TEXT", nullable: false),
                    uploaded_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "care_record_entries",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    resident_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    recorded_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    author = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_care_record_entries", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    detail = table.Column<string>(type: "TEXT", nullable: true),
                    by = table.Column<string>(type: "TEXT", nullable: false),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    category = table.Column<string>(type: "TEXT", nullable: false),
                    variant = table.Column<string>(type: "TEXT", nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", nullable: false),
                    region_key = table.Column<string>(type: "TEXT", nullable: false),
                    flow_type = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "case_messages",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    direction = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    subject = table.Column<string>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    sender_name = table.Column<string>(type: "TEXT", nullable: true),
                    sender_title = table.Column<string>(type: "TEXT", nullable: true),
                    sent_by = table.Column<string>(type: "TEXT", nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: false),
                    read_at = table.Column<long>(type: "INTEGER", nullable: true),
                    answered_by = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_case_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "cases",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    reference = table.Column<string>(type: "TEXT", nullable: false),
                    resident_personnummer = table.Column<string>(type: "TEXT", nullable: false),
                    started_by = table.Column<string>(type: "TEXT", nullable: false),
                    started_by_kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    region_key = table.Column<string>(type: "TEXT", nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", nullable: false),
                    queue_key = table.Column<string>(type: "TEXT", nullable: true),
                    assigned_to = table.Column<string>(type: "TEXT", nullable: true),
                    distributed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    form_key = table.Column<string>(type: "TEXT", nullable: false),
                    form_version = table.Column<int>(type: "INTEGER", nullable: false),
                    category = table.Column<string>(type: "TEXT", nullable: false),
                    flow_type = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false),
                    status = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    due_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_at = table.Column<long>(type: "INTEGER", nullable: true),
                    closed_reason = table.Column<string>(type: "TEXT", nullable: true),
                    workflow_definition_id = table.Column<string>(type: "TEXT", nullable: true),
                    workflow_instance_id = table.Column<string>(type: "TEXT", nullable: true),
                    revision = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cases", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "child_notification_contacts",
                columns: table => new
                {
                    guardian_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    child_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    phone = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    notify_by_email = table.Column<bool>(type: "INTEGER", nullable: false),
                    notify_by_sms = table.Column<bool>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_child_notification_contacts", x => new { x.guardian_personnummer, x.child_personnummer });
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    friendly_name = table.Column<string>(type: "TEXT", nullable: true),
                    xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "drafts",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    resident_personnummer = table.Column<string>(type: "TEXT", nullable: false),
                    subject_personnummer = table.Column<string>(type: "TEXT", nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", nullable: false),
                    form_key = table.Column<string>(type: "TEXT", nullable: false),
                    form_version = table.Column<int>(type: "INTEGER", nullable: false),
                    answers = table.Column<string>(type: "TEXT", nullable: false),
                    page = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_drafts", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "form_versions",
                columns: table => new
                {
                    key = table.Column<string>(type: "TEXT", nullable: false),
                    version = table.Column<int>(type: "INTEGER", nullable: false),
                    content_hash = table.Column<string>(type: "TEXT", nullable: false),
                    content = table.Column<string>(type: "TEXT", nullable: false),
                    source_file = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    imported_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_form_versions", x => new { x.key, x.version });
                });

            migrationBuilder.CreateTable(
                name: "guardian_relations",
                columns: table => new
                {
                    guardian_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    child_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_guardian_relations", x => new { x.guardian_personnummer, x.child_personnummer });
                });

            migrationBuilder.CreateTable(
                name: "high_cost_payments",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    resident_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    paid_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    amount_kr = table.Column<int>(type: "INTEGER", nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_high_cost_payments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "high_cost_periods",
                columns: table => new
                {
                    resident_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    period_start = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_high_cost_periods", x => x.resident_personnummer);
                });

            migrationBuilder.CreateTable(
                name: "listings",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    resident_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    region_key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    effective_from = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    registered_at = table.Column<long>(type: "INTEGER", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_listings", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "logins",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", nullable: false),
                    method = table.Column<string>(type: "TEXT", nullable: false),
                    age_group = table.Column<string>(type: "TEXT", nullable: true),
                    sex = table.Column<string>(type: "TEXT", nullable: true),
                    region_key = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_logins", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notification_outbox",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    resident_personnummer = table.Column<string>(type: "TEXT", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", nullable: true),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    not_sent_reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    sent_channels = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    last_error = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    claimed_until = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notification_outbox", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "prescriptions",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    resident_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    medicine = table.Column<string>(type: "TEXT", nullable: false),
                    dosage_text = table.Column<string>(type: "TEXT", nullable: false),
                    prescribing_clinic_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    prescribed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    withdrawals_left = table.Column<int>(type: "INTEGER", nullable: false),
                    valid_until = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_prescriptions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "program_assignments",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    program_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    program_version = table.Column<int>(type: "INTEGER", nullable: false),
                    resident_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    behandlare_hsa_id = table.Column<string>(type: "TEXT", nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    current_module_key = table.Column<string>(type: "TEXT", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false),
                    new_for_behandlare = table.Column<bool>(type: "INTEGER", nullable: false),
                    module_opened_at = table.Column<long>(type: "INTEGER", nullable: true),
                    reminded_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_assignments", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "program_messages",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    assignment_id = table.Column<string>(type: "TEXT", nullable: false),
                    from_behandlare = table.Column<bool>(type: "INTEGER", nullable: false),
                    author = table.Column<string>(type: "TEXT", nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    sent_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_messages", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "program_step_submissions",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    assignment_id = table.Column<string>(type: "TEXT", nullable: false),
                    module_key = table.Column<string>(type: "TEXT", nullable: false),
                    step_key = table.Column<string>(type: "TEXT", nullable: false),
                    form_key = table.Column<string>(type: "TEXT", nullable: false),
                    form_version = table.Column<int>(type: "INTEGER", nullable: false),
                    answers = table.Column<string>(type: "TEXT", nullable: false),
                    submitted_by = table.Column<string>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_program_step_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "residents",
                columns: table => new
                {
                    personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    account_status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    protected_identity = table.Column<bool>(type: "INTEGER", nullable: false),
                    email = table.Column<string>(type: "TEXT", nullable: true),
                    phone = table.Column<string>(type: "TEXT", nullable: true),
                    region_key = table.Column<string>(type: "TEXT", nullable: false),
                    activated_at = table.Column<long>(type: "INTEGER", nullable: true),
                    last_login_at = table.Column<long>(type: "INTEGER", nullable: true),
                    notify_by_email = table.Column<bool>(type: "INTEGER", nullable: false),
                    notify_by_sms = table.Column<bool>(type: "INTEGER", nullable: false),
                    prefers_digital = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_residents", x => x.personnummer);
                });

            migrationBuilder.CreateTable(
                name: "role_changes",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    at = table.Column<long>(type: "INTEGER", nullable: false),
                    by_hsa_id = table.Column<string>(type: "TEXT", nullable: false),
                    staff_hsa_id = table.Column<string>(type: "TEXT", nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", nullable: false),
                    role = table.Column<string>(type: "TEXT", nullable: false),
                    change = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_role_changes", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "staff",
                columns: table => new
                {
                    hsa_id = table.Column<string>(type: "TEXT", nullable: false),
                    name = table.Column<string>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff", x => x.hsa_id);
                });

            migrationBuilder.CreateTable(
                name: "submissions",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", nullable: false),
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    message_id = table.Column<string>(type: "TEXT", nullable: true),
                    submitted_by = table.Column<string>(type: "TEXT", nullable: false),
                    idempotency_key = table.Column<string>(type: "TEXT", nullable: false),
                    form_key = table.Column<string>(type: "TEXT", nullable: false),
                    form_version = table.Column<int>(type: "INTEGER", nullable: false),
                    answers = table.Column<string>(type: "TEXT", nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_submissions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "workflow_start_outbox",
                columns: table => new
                {
                    case_id = table.Column<string>(type: "TEXT", nullable: false),
                    definition_id = table.Column<string>(type: "TEXT", nullable: false),
                    inputs = table.Column<string>(type: "TEXT", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    started_at = table.Column<long>(type: "INTEGER", nullable: true),
                    attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    last_error = table.Column<string>(type: "TEXT", nullable: true),
                    claimed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    claimed_until = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workflow_start_outbox", x => x.case_id);
                });

            migrationBuilder.CreateTable(
                name: "appointment_bookings",
                columns: table => new
                {
                    id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    slot_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    active_slot_id = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    resident_personnummer = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    made_by = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    made_by_identity = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    booked_at = table.Column<long>(type: "INTEGER", nullable: false),
                    ended_at = table.Column<long>(type: "INTEGER", nullable: true),
                    late_cancellation = table.Column<bool>(type: "INTEGER", nullable: false),
                    rebooked_from = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_appointment_bookings", x => x.id);
                    table.ForeignKey(
                        name: "FK_appointment_bookings_appointment_slots_slot_id",
                        column: x => x.slot_id,
                        principalTable: "appointment_slots",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "staff_roles",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    hsa_id = table.Column<string>(type: "TEXT", nullable: false),
                    clinic_key = table.Column<string>(type: "TEXT", nullable: true),
                    region_key = table.Column<string>(type: "TEXT", nullable: true),
                    role = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_staff_roles", x => x.id);
                    table.ForeignKey(
                        name: "FK_staff_roles_staff_hsa_id",
                        column: x => x.hsa_id,
                        principalTable: "staff",
                        principalColumn: "hsa_id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_access_log_clinic_key_at",
                table: "access_log",
                columns: new[] { "clinic_key", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_access_log_resident_personnummer_at",
                table: "access_log",
                columns: new[] { "resident_personnummer", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_access_log_staff_hsa_id_at",
                table: "access_log",
                columns: new[] { "staff_hsa_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_aid_entitlements_resident_personnummer_clinic_key",
                table: "aid_entitlements",
                columns: new[] { "resident_personnummer", "clinic_key" });

            migrationBuilder.CreateIndex(
                name: "IX_appointment_bookings_active_slot_id",
                table: "appointment_bookings",
                column: "active_slot_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_appointment_bookings_resident_personnummer_status",
                table: "appointment_bookings",
                columns: new[] { "resident_personnummer", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_appointment_bookings_slot_id",
                table: "appointment_bookings",
                column: "slot_id");

            migrationBuilder.CreateIndex(
                name: "IX_appointment_slots_clinic_key_starts_at",
                table: "appointment_slots",
                columns: new[] { "clinic_key", "starts_at" });

            migrationBuilder.CreateIndex(
                name: "IX_attachments_case_id",
                table: "attachments",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_attachments_owner_id",
                table: "attachments",
                column: "owner_id");

            migrationBuilder.CreateIndex(
                name: "IX_care_record_entries_resident_personnummer_recorded_on",
                table: "care_record_entries",
                columns: new[] { "resident_personnummer", "recorded_on" });

            migrationBuilder.CreateIndex(
                name: "IX_case_events_at_category",
                table: "case_events",
                columns: new[] { "at", "category" });

            migrationBuilder.CreateIndex(
                name: "IX_case_events_case_id_at",
                table: "case_events",
                columns: new[] { "case_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_case_messages_case_id_sent_at",
                table: "case_messages",
                columns: new[] { "case_id", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_assigned_to_status",
                table: "cases",
                columns: new[] { "assigned_to", "status" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_clinic_key_distributed_at",
                table: "cases",
                columns: new[] { "clinic_key", "distributed_at" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_clinic_key_status_assigned_to",
                table: "cases",
                columns: new[] { "clinic_key", "status", "assigned_to" });

            migrationBuilder.CreateIndex(
                name: "IX_cases_reference",
                table: "cases",
                column: "reference",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_cases_resident_personnummer_updated_at",
                table: "cases",
                columns: new[] { "resident_personnummer", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_child_notification_contacts_child_personnummer",
                table: "child_notification_contacts",
                column: "child_personnummer");

            migrationBuilder.CreateIndex(
                name: "IX_drafts_resident_personnummer_updated_at",
                table: "drafts",
                columns: new[] { "resident_personnummer", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_guardian_relations_child_personnummer",
                table: "guardian_relations",
                column: "child_personnummer");

            migrationBuilder.CreateIndex(
                name: "IX_high_cost_payments_resident_personnummer_paid_on",
                table: "high_cost_payments",
                columns: new[] { "resident_personnummer", "paid_on" });

            migrationBuilder.CreateIndex(
                name: "IX_listings_case_id",
                table: "listings",
                column: "case_id",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_listings_resident_personnummer_effective_from",
                table: "listings",
                columns: new[] { "resident_personnummer", "effective_from" });

            migrationBuilder.CreateIndex(
                name: "IX_logins_kind_at",
                table: "logins",
                columns: new[] { "kind", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_notification_outbox_sent_at",
                table: "notification_outbox",
                column: "sent_at");

            migrationBuilder.CreateIndex(
                name: "IX_prescriptions_resident_personnummer_prescribing_clinic_key",
                table: "prescriptions",
                columns: new[] { "resident_personnummer", "prescribing_clinic_key" });

            migrationBuilder.CreateIndex(
                name: "IX_program_assignments_clinic_key_updated_at",
                table: "program_assignments",
                columns: new[] { "clinic_key", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "IX_program_assignments_resident_personnummer_program_key",
                table: "program_assignments",
                columns: new[] { "resident_personnummer", "program_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_program_messages_assignment_id_sent_at",
                table: "program_messages",
                columns: new[] { "assignment_id", "sent_at" });

            migrationBuilder.CreateIndex(
                name: "IX_program_step_submissions_assignment_id_module_key_step_key",
                table: "program_step_submissions",
                columns: new[] { "assignment_id", "module_key", "step_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_role_changes_clinic_key_at",
                table: "role_changes",
                columns: new[] { "clinic_key", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_role_changes_staff_hsa_id_at",
                table: "role_changes",
                columns: new[] { "staff_hsa_id", "at" });

            migrationBuilder.CreateIndex(
                name: "IX_staff_roles_clinic_key_role",
                table: "staff_roles",
                columns: new[] { "clinic_key", "role" });

            migrationBuilder.CreateIndex(
                name: "IX_staff_roles_hsa_id_clinic_key_region_key_role",
                table: "staff_roles",
                columns: new[] { "hsa_id", "clinic_key", "region_key", "role" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_submissions_case_id",
                table: "submissions",
                column: "case_id");

            migrationBuilder.CreateIndex(
                name: "IX_submissions_submitted_by_idempotency_key",
                table: "submissions",
                columns: new[] { "submitted_by", "idempotency_key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_workflow_start_outbox_started_at",
                table: "workflow_start_outbox",
                column: "started_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "access_log");

            migrationBuilder.DropTable(
                name: "aid_entitlements");

            migrationBuilder.DropTable(
                name: "appointment_bookings");

            migrationBuilder.DropTable(
                name: "attachment_contents");

            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropTable(
                name: "care_record_entries");

            migrationBuilder.DropTable(
                name: "case_events");

            migrationBuilder.DropTable(
                name: "case_messages");

            migrationBuilder.DropTable(
                name: "cases");

            migrationBuilder.DropTable(
                name: "child_notification_contacts");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "drafts");

            migrationBuilder.DropTable(
                name: "form_versions");

            migrationBuilder.DropTable(
                name: "guardian_relations");

            migrationBuilder.DropTable(
                name: "high_cost_payments");

            migrationBuilder.DropTable(
                name: "high_cost_periods");

            migrationBuilder.DropTable(
                name: "listings");

            migrationBuilder.DropTable(
                name: "logins");

            migrationBuilder.DropTable(
                name: "notification_outbox");

            migrationBuilder.DropTable(
                name: "prescriptions");

            migrationBuilder.DropTable(
                name: "program_assignments");

            migrationBuilder.DropTable(
                name: "program_messages");

            migrationBuilder.DropTable(
                name: "program_step_submissions");

            migrationBuilder.DropTable(
                name: "residents");

            migrationBuilder.DropTable(
                name: "role_changes");

            migrationBuilder.DropTable(
                name: "staff_roles");

            migrationBuilder.DropTable(
                name: "submissions");

            migrationBuilder.DropTable(
                name: "workflow_start_outbox");

            migrationBuilder.DropTable(
                name: "appointment_slots");

            migrationBuilder.DropTable(
                name: "staff");
        }
    }
}
