using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using Safeguarding.Rules.Calendars;

namespace Safeguarding.Rules.Json.Calendars;

/// <summary>
/// GOV.UK's published bank holidays (https://www.gov.uk/bank-holidays.json): reads the <c>england-and-wales</c>
/// division (Scotland and Northern Ireland are ignored) into <see cref="BankHoliday"/> values, and corrects a
/// working-day calendar by them, so a holiday proclaimed after a release needs no new release.
/// </summary>
/// <remarks>
/// The file is authoritative for the years it covers (see <see cref="WorkingDayCalendar.WithPublishedHolidays"/>):
/// a moved holiday's standing date stops being a holiday, a one-off holiday is added, and those years are no longer
/// provisional. Errors are <see cref="FormatException"/>s whose message names the JSON path and the problem and
/// never repeats a value from the file.
/// </remarks>
public static class GovUkBankHolidays
{
    /// <summary>The division read: England and Wales.</summary>
    public const string Division = "england-and-wales";

    private const int MaxTitleLength = 200;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    /// <summary>Reads the England and Wales holidays from a file in GOV.UK's format.</summary>
    /// <param name="utf8Json">The file's content (UTF-8 JSON). The stream is read to its end and left open.</param>
    /// <returns>The holidays, in date order, none provisional.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="FormatException">The content is not in GOV.UK's format: the message names the JSON path and the problem.</exception>
    public static IReadOnlyList<BankHoliday> Read(Stream utf8Json)
    {
        if (utf8Json is null)
        {
            throw new ArgumentNullException(nameof(utf8Json));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw new FormatException(string.Format(CultureInfo.InvariantCulture, "line {0}: not valid JSON.", (e.LineNumber ?? 0) + 1), e);
        }

        using (document)
        {
            return ReadDivision(document.RootElement);
        }
    }

    /// <summary>Reads the England and Wales holidays from a file in GOV.UK's format.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The holidays, in date order, none provisional.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="FormatException">The content is not in GOV.UK's format.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static IReadOnlyList<BankHoliday> ReadFile(string path)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        using var stream = File.OpenRead(path);
        return Read(stream);
    }

    /// <summary>A calendar corrected by GOV.UK's England and Wales holidays, authoritative for the years the file covers.</summary>
    /// <param name="calendar">The calendar to correct, such as <see cref="WorkingDayCalendar.EnglandAndWales"/>.</param>
    /// <param name="utf8Json">The file's content (UTF-8 JSON).</param>
    /// <returns>A new calendar; <paramref name="calendar"/> is unchanged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="FormatException">The content is not in GOV.UK's format.</exception>
    public static WorkingDayCalendar WithGovUkBankHolidays(this WorkingDayCalendar calendar, Stream utf8Json)
    {
        if (calendar is null)
        {
            throw new ArgumentNullException(nameof(calendar));
        }

        return calendar.WithPublishedHolidays(Read(utf8Json));
    }

    private static ReadOnlyCollection<BankHoliday> ReadDivision(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw Bad("$", $"expected an object holding the {Division} division");
        }

        string path = "$." + Division;
        if (!root.TryGetProperty(Division, out var division))
        {
            throw Bad(path, "missing: the file holds no England and Wales division");
        }

        if (division.ValueKind != JsonValueKind.Object)
        {
            throw Bad(path, "expected an object");
        }

        if (division.TryGetProperty("division", out var name) && (name.ValueKind != JsonValueKind.String || !name.ValueEquals(Division)))
        {
            throw Bad(path + ".division", $"expected \"{Division}\"");
        }

        if (!division.TryGetProperty("events", out var events))
        {
            throw Bad(path + ".events", "missing");
        }

        if (events.ValueKind != JsonValueKind.Array)
        {
            throw Bad(path + ".events", "expected an array");
        }

        var read = new List<(LocalDate Date, string Title, string? Notes)>();
        var seen = new Dictionary<LocalDate, int>();
        int index = 0;
        foreach (var e in events.EnumerateArray())
        {
            string at = string.Format(CultureInfo.InvariantCulture, "{0}.events[{1}]", path, index);
            if (e.ValueKind != JsonValueKind.Object)
            {
                throw Bad(at, "expected an object");
            }

            var date = Date(e, at + ".date");
            if (seen.TryGetValue(date, out int earlier))
            {
                throw Bad(at + ".date", string.Format(CultureInfo.InvariantCulture, "the same date as events[{0}]", earlier));
            }

            seen.Add(date, index);
            string title = Text(e, "title", at, required: true)!;
            string? notes = Text(e, "notes", at, required: false);
            read.Add((date, title, string.IsNullOrWhiteSpace(notes) ? null : notes));
            index++;
        }

        return Holidays(read);
    }

    // Each holiday's kind, which GOV.UK does not state: a substitute day by its notes; otherwise regular on a date the
    // standing rules give, moved when it carries the name of a standing holiday whose date the file leaves out, and
    // one-off otherwise.
    private static ReadOnlyCollection<BankHoliday> Holidays(List<(LocalDate Date, string Title, string? Notes)> read)
    {
        var dates = new HashSet<LocalDate>(read.Select(r => r.Date));
        var standing = read.Select(r => r.Date.Year).Distinct().ToDictionary(y => y, EnglandAndWalesBankHolidays.StandingRules);
        var holidays = new List<BankHoliday>(read.Count);
        foreach (var (date, title, notes) in read.OrderBy(r => r.Date))
        {
            var rules = standing[date.Year];
            BankHolidayKind kind;
            if (notes is not null && notes.IndexOf("substitute", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                kind = BankHolidayKind.Substitute;
            }
            else if (rules.Any(h => h.Date == date))
            {
                kind = BankHolidayKind.Regular;
            }
            else if (rules.Any(h => !dates.Contains(h.Date) && title.StartsWith(h.Name, StringComparison.OrdinalIgnoreCase)))
            {
                kind = BankHolidayKind.Moved;
            }
            else
            {
                kind = BankHolidayKind.OneOff;
            }

            holidays.Add(new BankHoliday(date, title, kind, isProvisional: false, note: notes));
        }

        return new ReadOnlyCollection<BankHoliday>(holidays);
    }

    private static LocalDate Date(JsonElement e, string path)
    {
        if (!e.TryGetProperty("date", out var value))
        {
            throw Bad(path, "missing");
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Bad(path, "expected a date, YYYY-MM-DD");
        }

        var parsed = LocalDatePattern.Iso.Parse(String(value, path));
        if (!parsed.Success)
        {
            throw Bad(path, "not a date, YYYY-MM-DD");
        }

        if (!WorkingDayCalendar.IsSupported(parsed.Value))
        {
            throw Bad(path, string.Format(CultureInfo.InvariantCulture, "outside the supported range {0:yyyy-MM-dd} to {1:yyyy-MM-dd}", WorkingDayCalendar.MinSupportedDate, WorkingDayCalendar.MaxSupportedDate));
        }

        return parsed.Value;
    }

    private static string? Text(JsonElement e, string property, string at, bool required)
    {
        string path = at + "." + property;
        if (!e.TryGetProperty(property, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return required ? throw Bad(path, "missing") : null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            throw Bad(path, "expected text");
        }

        string text = String(value, path);
        if (required && string.IsNullOrWhiteSpace(text))
        {
            throw Bad(path, "must not be blank");
        }

        if (text.Length > MaxTitleLength)
        {
            throw Bad(path, string.Format(CultureInfo.InvariantCulture, "longer than {0} characters", MaxTitleLength));
        }

        if (text.Any(char.IsControl))
        {
            throw Bad(path, "contains a control character");
        }

        return text;
    }

    // A string value; a lone surrogate escape (valid JSON, not valid text) is a format error, not a crash.
    private static string String(JsonElement value, string path)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            throw Bad(path, "not valid text (a lone surrogate)");
        }
    }

    private static FormatException Bad(string path, string problem) => new($"{path}: {problem}.");
}
