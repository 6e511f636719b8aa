namespace FormEngine.Host.Cases;

/// <summary>
/// The type of an uploaded file, read from its first bytes (never from the name or the browser's claim):
/// JPEG, PNG, PDF and HEIC/HEIF are what residents attach. Anything else is refused.
/// </summary>
public static class ContentSniffer
{
    public const string Jpeg = "image/jpeg";
    public const string Png = "image/png";
    public const string Pdf = "application/pdf";
    public const string Heic = "image/heic";

    public static IReadOnlyList<string> Known { get; } = [Jpeg, Png, Pdf, Heic];

    private static readonly string[] HeifBrands = ["heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1"];

    public static string? Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length >= 3 && bytes[0] == 0xFF && bytes[1] == 0xD8 && bytes[2] == 0xFF) return Jpeg;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A])) return Png;
        if (bytes.StartsWith("%PDF-"u8)) return Pdf;
        // ISO base media file: a box size, then "ftyp" and the major brand.
        if (bytes.Length >= 12 && bytes[4..8].SequenceEqual("ftyp"u8))
        {
            var brand = System.Text.Encoding.ASCII.GetString(bytes[8..12]);
            if (HeifBrands.Contains(brand)) return Heic;
        }
        return null;
    }
}
