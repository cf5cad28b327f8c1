using System.IO.Compression;
using System.Reflection;

namespace RedIt.Portal.Features.Accounts.Passwords;

// The 30,000 most common passwords of the breach corpora, as zxcvbn ranks them (passwords.lst of
// Dropbox's zxcvbn, MIT licence, taken from the zxcvbn-core 1.1.17 package), shipped inside the
// portal so the check needs nothing outside it. Loaded once; a singleton.
public sealed class CommonPasswords
{
    private const string ResourceName = "RedIt.Portal.Features.Accounts.Passwords.common-passwords.txt.gz";

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _list;

    public CommonPasswords()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var list = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                list.Add(line);
            }
        }

        Count = list.Count;
        _list = list.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count { get; }

    // With twelve characters required, few list entries fit as they are; people reach the length
    // by adding digits and signs to a common word ("welcome12345!") or by repeating one
    // ("dragondragon"), so those forms count as the common password they are made of.
    public bool Contains(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var span = password.AsSpan();
        if (_list.Contains(span))
        {
            return true;
        }

        var lastLetter = span.Length - 1;
        while (lastLetter >= 0 && !char.IsLetter(span[lastLetter]))
        {
            lastLetter--;
        }

        if (lastLetter >= 0 && lastLetter < span.Length - 1 && _list.Contains(span[..(lastLetter + 1)]))
        {
            return true;
        }

        var unit = RepeatedUnit(span);
        return unit.Length < span.Length && (unit.Length <= 3 || _list.Contains(unit));
    }

    // The shortest piece that the whole password repeats ("abcabcabcab" gives "abc"), or the
    // password itself when it repeats nothing at least twice over.
    private static ReadOnlySpan<char> RepeatedUnit(ReadOnlySpan<char> password)
    {
        if (password.Length < 2)
        {
            return password;
        }

        // The prefix function of Knuth-Morris-Pratt: its last value gives the shortest period.
        var prefix = new int[password.Length];
        for (var i = 1; i < password.Length; i++)
        {
            var k = prefix[i - 1];
            while (k > 0 && !Same(password[i], password[k]))
            {
                k = prefix[k - 1];
            }

            prefix[i] = Same(password[i], password[k]) ? k + 1 : k;
        }

        var period = password.Length - prefix[^1];
        return period * 2 <= password.Length ? password[..period] : password;
    }

    private static bool Same(char a, char b) => char.ToUpperInvariant(a) == char.ToUpperInvariant(b);
}
