using FormEngine.Persistence.Configurations;
using FormEngine.Persistence.Portal.Records;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace FormEngine.Persistence.Portal;

/// <summary>
/// What the portal and the staff workspace store besides workflow state: residents, staff, definitions, drafts,
/// cases with their submissions, messages and events, the access log, attachments and the outboxes, and the
/// ASP.NET Core data protection keys (so every instance on the database reads the others' session cookies).
/// Provider-neutral like <see cref="WorkflowDbContext"/>; the provider projects hold its migrations.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options) : DbContext(options), IDataProtectionKeyContext
{
    public const string MigrationsHistoryTable = "__portal_migrations";

    public DbSet<Resident> Residents => Set<Resident>();
    public DbSet<StaffMember> Staff => Set<StaffMember>();
    public DbSet<StaffRole> StaffRoles => Set<StaffRole>();
    public DbSet<Login> Logins => Set<Login>();
    public DbSet<FormVersionRecord> FormVersions => Set<FormVersionRecord>();
    public DbSet<Draft> Drafts => Set<Draft>();
    public DbSet<GuardianRelation> GuardianRelations => Set<GuardianRelation>();
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();
    public DbSet<Submission> Submissions => Set<Submission>();
    public DbSet<CaseMessage> Messages => Set<CaseMessage>();
    public DbSet<CaseEventRecord> CaseEvents => Set<CaseEventRecord>();
    public DbSet<AccessLogEntry> AccessLog => Set<AccessLogEntry>();
    public DbSet<RoleChange> RoleChanges => Set<RoleChange>();
    public DbSet<Attachment> Attachments => Set<Attachment>();
    public DbSet<AttachmentContent> AttachmentContents => Set<AttachmentContent>();
    public DbSet<WorkflowStartRequest> WorkflowStarts => Set<WorkflowStartRequest>();
    public DbSet<NotificationRecord> Notifications => Set<NotificationRecord>();
    public DbSet<ChildNotificationContact> ChildNotificationContacts => Set<ChildNotificationContact>();
    public DbSet<AppointmentSlot> AppointmentSlots => Set<AppointmentSlot>();
    public DbSet<AppointmentBooking> AppointmentBookings => Set<AppointmentBooking>();
    public DbSet<CareRecordEntry> CareRecordEntries => Set<CareRecordEntry>();
    public DbSet<PrescriptionRecord> Prescriptions => Set<PrescriptionRecord>();
    public DbSet<HighCostPeriodRecord> HighCostPeriods => Set<HighCostPeriodRecord>();
    public DbSet<HighCostPaymentRecord> HighCostPayments => Set<HighCostPaymentRecord>();
    public DbSet<AidEntitlement> AidEntitlements => Set<AidEntitlement>();
    public DbSet<ListingRecord> Listings => Set<ListingRecord>();
    public DbSet<ProgramAssignment> ProgramAssignments => Set<ProgramAssignment>();
    public DbSet<ProgramStepSubmission> ProgramStepSubmissions => Set<ProgramStepSubmission>();
    public DbSet<ProgramMessage> ProgramMessages => Set<ProgramMessage>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly,
            type => type.Namespace == typeof(Configurations.CaseRecordConfiguration).Namespace);
        SnakeCaseNames.Apply(modelBuilder);
    }
}
