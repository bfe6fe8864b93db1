using System.Text;

namespace Scorecard.Etl.Sources.Csv;

/// <summary>Encodings a user may name for an extract (<c>--encoding windows-1252</c>) besides UTF-8 and UTF-16.</summary>
public static class TextEncodings
{
    static TextEncodings() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>The named encoding; null for none (UTF-8, or what a byte order mark says).</summary>
    /// <exception cref="ArgumentException">The name is not an encoding .NET knows; the message says what to use.</exception>
    public static Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        try
        {
            return Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            throw new ArgumentException($"'{name}' is not an encoding Scorecard knows: name one such as windows-1252, iso-8859-1 or utf-8.");
        }
    }
}
