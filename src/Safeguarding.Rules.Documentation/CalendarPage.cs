using System.Linq;
using System.Text;
using Safeguarding.Rules.Calendars;

namespace Safeguarding.Rules.Documentation;

/// <summary>docs/rules/calendar.md: the working day, the counting conventions and the bank holidays.</summary>
internal static class CalendarPage
{
    public static GeneratedDocument Generate()
    {
        var calendar = WorkingDayCalendar.EnglandAndWales;
        int firstYear = EnglandAndWalesBankHolidays.FirstSupportedYear;
        int lastYear = EnglandAndWalesBankHolidays.LastSupportedYear;
        int announced = calendar.LastAnnouncedYear;
        var b = new StringBuilder();
        b.AppendLine(Markdown.GeneratedBanner);
        b.AppendLine();
        b.AppendLine("# The working-day calendar");
        b.AppendLine();
        b.AppendLine("Every statutory timescale in Working Together 2026 that counts working days uses this calendar.");
        b.AppendLine();
        b.AppendLine("## What a working day is");
        b.AppendLine();
        Markdown.Quote(b, CountingConventions.WorkingDay.Citations[0]);
        b.AppendLine("The guidance applies in England, so the library uses the **England and Wales** bank holidays (not Scotland's or Northern Ireland's).");
        b.AppendLine();
        b.AppendLine("## Counting conventions");
        b.AppendLine();
        b.AppendLine("The guidance does not say how to count. These are the library's readings, each named so that a policy team can check it and a caller can see which applies.");
        b.AppendLine();
        foreach (var convention in CountingConventions.All)
        {
            Markdown.Interpretation(b, convention, "###");
        }

        b.AppendLine("## Supported range");
        b.AppendLine();
        b.Append("- Dates from **").Append(Markdown.Date(WorkingDayCalendar.MinSupportedDate)).Append("** to **").Append(Markdown.Date(WorkingDayCalendar.MaxSupportedDate)).AppendLine("**. A date outside the range is an error (`ArgumentOutOfRangeException` naming the range), never a guess.");
        b.Append("- Announced years: ").Append(firstYear).Append(" to ").Append(announced).AppendLine(" (the GOV.UK list and the royal proclamations in force when this release was made).");
        b.Append("- **Provisional years: ").Append(announced + 1).Append(" to ").Append(lastYear).AppendLine("**, computed by the standing rules. A proclamation made later (a moved date, an extra holiday) is not in them: add or remove dates with `WorkingDayCalendar.WithHolidays` / `WithoutHolidays`, or the `AddSafeguardingRules` options.");
        b.AppendLine();
        b.AppendLine("## The standing rules");
        b.AppendLine();
        b.AppendLine("New Year's Day (1 January), Good Friday, Easter Monday, the early May bank holiday (first Monday in May), the spring bank holiday (last Monday in May), the summer bank holiday (last Monday in August), Christmas Day and Boxing Day. A holiday on a Saturday or Sunday moves to the next weekday that is not already a holiday: Christmas Day on a Saturday gives Monday 27 and Tuesday 28 December; Boxing Day on a Saturday gives Monday 28 December.");
        b.AppendLine();
        b.AppendLine("## Moved and one-off holidays");
        b.AppendLine();
        b.AppendLine("Every date moved or added by royal proclamation in the supported range.");
        b.AppendLine();
        var moved = EnglandAndWalesBankHolidays.MovedHolidays.Select(m => (m.Holiday, Original: Markdown.Date(m.OriginalDate)));
        var oneOff = EnglandAndWalesBankHolidays.OneOffHolidays.Select(h => (Holiday: h, Original: "—"));
        Markdown.Table(
            b,
            new[] { "Date", "Day", "Name", "Kind", "Standing date (now a working day)", "Note" },
            moved.Concat(oneOff).OrderBy(x => x.Holiday.Date).Select(x => (System.Collections.Generic.IReadOnlyList<string>)new[]
            {
                Markdown.Date(x.Holiday.Date), x.Holiday.Date.DayOfWeek.ToString(), x.Holiday.Name, x.Holiday.Kind.Name(), x.Original, x.Holiday.Note ?? string.Empty,
            }));
        b.Append("## Bank holidays of the announced years (").Append(firstYear).Append('–').Append(announced).AppendLine(")");
        b.AppendLine();
        Markdown.Table(
            b,
            new[] { "Date", "Day", "Name", "Kind" },
            calendar.HolidaysInYears(firstYear, announced).Select(h => (System.Collections.Generic.IReadOnlyList<string>)new[]
            {
                Markdown.Date(h.Date), h.Date.DayOfWeek.ToString(), h.Name, h.Kind.Name(),
            }));
        return new GeneratedDocument(
            "calendar.md",
            "The working-day calendar",
            "What a working day is, how the library counts, and every England and Wales bank holiday it knows.",
            b.ToString());
    }
}
