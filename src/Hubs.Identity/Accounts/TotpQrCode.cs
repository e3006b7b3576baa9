using QRCoder;

namespace Hubs.Identity.Accounts;

/// <summary>
/// The otpauth:// enrolment URI (RFC 6238 defaults: SHA-1, 6 digits, 30 s) as a QR code PNG data URI.
/// </summary>
public static class TotpQrCode
{
    public static string Uri(string account, string sharedKey) =>
        $"otpauth://totp/Hubs:{System.Uri.EscapeDataString(account)}?secret={sharedKey}&issuer=Hubs&digits=6";

    public static string DataUri(string account, string sharedKey)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(Uri(account, sharedKey), QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(4);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
