using System.Security.Cryptography;
using System.Text;
using FormEngine.Persistence.Portal;
using FormEngine.Persistence.Portal.Records;

namespace FormEngine.Host.HealthData;

/// <summary>
/// FICTITIOUS care records, prescriptions, high-cost payments and aids of the demo residents (host/Demo/residents.yaml).
/// Invented for the demo; no real person's data. Everyone has a prescription written at Vårdcentralen Eksjö
/// (the clinic the tests renew at); Lilla (5) and Olle (13) have records, so the age rules show.
/// </summary>
internal static class DemoHealthRecords
{
    public static readonly string[] Names =
    [
        "Tolvan Tolvansson", "Anna Exempelsson", "Lilla Exempelsson", "Olle Exempelsson", "Gustav Provström", "Maja Testberg",
        "Erik Demosson", "Karl Åldersson", "Fatima Fiktiv", "Lena Låstdotter", "Nils Nyinloggad", "Sara Skyddad",
    ];

    private const string Eksjo = "vc-eksjo";
    private const string Huskvarna = "vc-huskvarna";
    private const string Tranas = "vc-tranas";
    private const string Nassjo = "vc-nassjo";
    private const string Hud = "hudmottagningen-ryhov";

    public static void Add(PortalDbContext db, string name, string pnr, DateOnly today)
    {
        var r = new Registers(db, pnr, today);
        switch (name)
        {
            case "Tolvan Tolvansson":
                r.Note(20, Eksjo, "Besöksanteckning", "Kontroll av blodtrycket: 132/84. Fortsätter med nuvarande behandling. Ny kontroll om sex månader.", "Läkare");
                r.Lab(20, Eksjo, "Hb", "142 g/L (referensintervall 134–170)");
                r.Lab(20, Eksjo, "P-Glukos", "5,8 mmol/L (referensintervall 4,0–6,0)");
                r.Note(200, Hud, "Besöksanteckning", "Bedömning av ett födelsemärke på ryggen. Godartat utseende. Ingen åtgärd behövs.", "Läkare");
                r.Rx(Eksjo, "Levaxin 50 mikrogram, tabletter", "1 tablett på morgonen", 150, 2, 215);
                r.Rx(Eksjo, "Enalapril 10 mg, tabletter", "1 tablett dagligen", 320, 0, 45);
                r.Rx(Tranas, "Omeprazol 20 mg, kapslar", "1 kapsel på morgonen vid behov", 90, 3, 275);
                r.Period(120, (120, 200, Eksjo), (60, 400, Hud), (20, 200, Eksjo));
                r.Aid("TENA Slip Maxi, storlek M", "incontinence", Eksjo, 4, 90, 95);
                r.Aid("TENA Pants Plus, storlek M", "incontinence", Eksjo, 2, 90, 30);
                r.Aid("TENA ProSkin hudskyddskräm", "other", Eksjo, 0, 60, 120);
                break;
            case "Anna Exempelsson":
                r.Note(45, Huskvarna, "Telefonkontakt", "Ringer om pollenallergi. Rekommenderas receptfria antihistaminer i första hand.", "Sjuksköterska");
                r.Lab(45, Huskvarna, "TSH", "2,1 mIE/L (referensintervall 0,4–4,0)");
                r.Rx(Eksjo, "Salbutamol 0,1 mg/dos, inhalationsspray", "1–2 doser vid behov, högst 8 doser per dygn", 200, 1, 165);
                r.Rx(Huskvarna, "Desloratadin 5 mg, tabletter", "1 tablett dagligen vid besvär", 45, 3, 320);
                r.Period(300, (300, 200, Eksjo), (250, 400, Hud), (180, 200, Huskvarna), (120, 400, Hud), (60, 300, Huskvarna));
                break;
            case "Lilla Exempelsson":
                r.Note(100, Eksjo, "BVC, 5-årsbesök", "Lilla växer och utvecklas som förväntat. Syn- och hörselkontroll utan anmärkning.", "Sjuksköterska");
                r.Note(30, Eksjo, "Besöksanteckning", "Öronvärk sedan två dagar. Rodnad trumhinna höger sida. Avvaktar med antibiotika.", "Läkare");
                r.Lab(30, Eksjo, "CRP", "Under 5 mg/L (referensintervall under 10)");
                r.Rx(Eksjo, "Desloratadin 0,5 mg/ml, oral lösning", "2,5 ml dagligen vid besvär", 60, 2, 305);
                break;
            case "Olle Exempelsson":
                r.Note(60, Eksjo, "Besöksanteckning", "Stukad vänster fotled vid fotboll. Stabil. Avlastning och gradvis belastning.", "Läkare");
                r.Rx(Eksjo, "Ibuprofen 400 mg, tabletter", "1 tablett vid behov, högst 3 per dygn", 60, 0, 305);
                break;
            case "Gustav Provström":
                r.Note(14, Eksjo, "Besöksanteckning", "Årskontroll hypotyreos och blodfetter. Mår bra. Fortsatt samma doser.", "Läkare");
                r.Lab(14, Eksjo, "TSH", "1,8 mIE/L (referensintervall 0,4–4,0)");
                r.Lab(14, Eksjo, "LDL-kolesterol", "2,4 mmol/L (behandlingsmål under 2,6)");
                r.Rx(Eksjo, "Levaxin 50 mikrogram, tabletter", "1 tablett på morgonen", 14, 3, 351);
                r.Rx(Eksjo, "Enalapril 10 mg, tabletter", "1 tablett dagligen", 200, 1, 165);
                r.Rx(Eksjo, "Atorvastatin 20 mg, tabletter", "1 tablett till kvällen", 300, 0, 65);
                r.Rx(Nassjo, "Metformin 500 mg, tabletter", "1 tablett 2 gånger dagligen i samband med måltid", 100, 2, 265);
                r.Period(200, (200, 200, Eksjo), (100, 200, Nassjo), (14, 200, Eksjo));
                r.Aid("TENA Lady Maxi", "incontinence", Eksjo, 3, 90, 120);
                break;
            case "Karl Åldersson":
                r.Note(40, Eksjo, "Besöksanteckning", "Diabeteskontroll. HbA1c stabilt. Fotstatus utan anmärkning.", "Diabetessjuksköterska");
                r.Lab(40, Eksjo, "HbA1c", "52 mmol/mol (behandlingsmål under 52)");
                r.Rx(Eksjo, "Metformin 500 mg, tabletter", "1 tablett 2 gånger dagligen i samband med måltid", 40, 3, 325);
                r.Aid("Teststickor FreeStyle Precision, 50 st", "diabetes", Eksjo, 5, 60, 70);
                r.Aid("Lansetter Microlet, 200 st", "diabetes", Eksjo, 2, 180, 40);
                break;
            default:
                r.Note(75, Eksjo, "Besöksanteckning", "Hälsosamtal. Inga nya besvär.", "Sjuksköterska");
                r.Rx(Eksjo, "Omeprazol 20 mg, kapslar", "1 kapsel på morgonen vid behov", 75, 2, 290);
                break;
        }
    }

    /// <summary>Adds rows for one resident; days are counted back from today.</summary>
    private sealed class Registers(PortalDbContext db, string pnr, DateOnly today)
    {
        private readonly string _idStem = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(pnr)))[..8];
        private int _count;

        public void Note(int daysAgo, string clinic, string title, string text, string author) =>
            db.CareRecordEntries.Add(new() { ResidentPersonnummer = pnr, Kind = CareRecordKinds.Note, ClinicKey = clinic, RecordedOn = today.AddDays(-daysAgo), Title = title, Text = text, Author = author });

        public void Lab(int daysAgo, string clinic, string analysis, string result) =>
            db.CareRecordEntries.Add(new() { ResidentPersonnummer = pnr, Kind = CareRecordKinds.Lab, ClinicKey = clinic, RecordedOn = today.AddDays(-daysAgo), Title = analysis, Text = result, Author = "Laboratoriet" });

        public void Rx(string clinic, string medicine, string dosage, int prescribedDaysAgo, int withdrawalsLeft, int validDays) =>
            db.Prescriptions.Add(new()
            {
                Id = $"rx-{_idStem}-{++_count}", ResidentPersonnummer = pnr, Medicine = medicine, DosageText = dosage, PrescribingClinicKey = clinic,
                PrescribedOn = today.AddDays(-prescribedDaysAgo), WithdrawalsLeft = withdrawalsLeft, ValidUntil = today.AddDays(validDays),
            });

        public void Period(int startedDaysAgo, params (int DaysAgo, int Kr, string Clinic)[] payments)
        {
            db.HighCostPeriods.Add(new() { ResidentPersonnummer = pnr, PeriodStart = today.AddDays(-startedDaysAgo) });
            foreach (var (daysAgo, kr, clinic) in payments)
                db.HighCostPayments.Add(new() { ResidentPersonnummer = pnr, PaidOn = today.AddDays(-daysAgo), AmountKr = kr, ClinicKey = clinic });
        }

        public void Aid(string product, string category, string clinic, int deliveriesLeft, int intervalDays, int lastDeliveredDaysAgo) =>
            db.AidEntitlements.Add(new()
            {
                Id = $"aid-{_idStem}-{++_count}", ResidentPersonnummer = pnr, Product = product, Category = category, ClinicKey = clinic,
                DeliveriesLeft = deliveriesLeft, MinimumIntervalDays = intervalDays, LastDeliveredOn = today.AddDays(-lastDeliveredDaysAgo),
            });
    }
}
