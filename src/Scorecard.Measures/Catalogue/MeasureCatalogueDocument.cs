using System.Globalization;
using System.Text;
using Scorecard.Measures.Calculation;
using Scorecard.Warehouse.Measures;

namespace Scorecard.Measures.Catalogue;

/// <summary>
/// The measure catalogue as Markdown: docs/measures.md is this output (`scorecard measures`), so the definitions a
/// reader finds there are the ones the queries, the Measure dimension, the feed's $metadata and the packs use.
/// </summary>
public static class MeasureCatalogueDocument
{
    public static string Render(MeasureOptions? options = null)
    {
        options ??= new MeasureOptions();
        var md = new StringBuilder();
        md.Append("""
            # Measures

            The measure catalogue, as `src/Scorecard.Measures/Catalogue/MeasureCatalogue.cs` defines it. This page is
            generated from it (`dotnet run --project src/Scorecard.Cli -- measures > docs/measures.md`; a test checks it
            is current). What the measures are for, and the words they use, are in [domain.md](domain.md); what each
            audience is shown of them is in [publishing.md](publishing.md).

            ## How every measure is counted

            - **Periods.** Every measure is computed for every month, financial quarter (April to June is Q1), financial year
              (April to March) and calendar year the data reaches. "In the period" means the date lies from its first day
              to its last, both included. "Open at the period end" means started on or before its last day and not ended
              by it (an episode that ends on the last day is not open at the end). For early help episodes the refresh writes
              which are open at each period end date to `Fact.EarlyHelpOpenAtPeriodEnd` before they are counted (for the end dates it
              recomputes), and EH01, EH05, EH13A, EH13B and EH14 count from it, so the rule is applied once, in one place. It
              is the refresh's copy, like the snapshot: an episode loaded since the last refresh appears there with the next one.
            """);
        md.AppendLine();
        // The measures summed from months, listed from the catalogue so that the page follows its declarations.
        md.AppendLine(CultureInfo.InvariantCulture, $"- **Quarters and years from months.** {string.Join(", ", MeasureCatalogue.All.Where(m => m.AddsUpOverMonths).Select(m => m.Code))}");
        md.Append("""
              count records by one date of their own (an episode's start or end, a contact's date, a referral's, an
              assessment's, a plan's start or end, an audit's, a response's; a step-up's), and a record is in a period when
              that date is. They are counted once by calendar month, and a quarter's or a year's value, for every unit and
              breakdown, is the sum of its months': the same numbers as counting the quarter or year on its own. A record
              dated after the last month the data reaches (typed in ahead, or a planned date) still counts in the year in
              progress that holds it, as it would counted on its own.
            - **Organisation units.** Every measure is computed for each team, each locality and the whole authority. A
              record counts in its team and in every unit above it; a record with no team counts for the authority only.
              Counts are of distinct units (a child open in two teams of a locality counts once for the locality), so a
              locality is not always the sum of its teams.
            - **Breakdowns.** Measures counted over children are broken down by age band at the event (0-4, 5-9, 10-15,
              16-17, 18+, Unknown), sex and DfE ethnicity group, for the authority and its localities, for quarters and
              years. QA02 is broken down by audit section and grade for every unit and period.
            - **A count of nothing is 0.** Every count has a value for every unit and period, and for every breakdown value
              where breakdowns are computed. A percentage with nothing to divide by has no value ("-").
            - **Percentages** are the numerator over the denominator, both kept, so they re-aggregate honestly; they are
              shown to one decimal place.
            - **Windows** are settings with these defaults:
            """);
        md.AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"  step-up and step-down {options.StepWindowDays} days, re-referral {options.ReReferralDays} days, timely allocation {options.AllocationWorkingDays} working days");
        md.AppendLine(CultureInfo.InvariantCulture, $"  (weekends and England and Wales bank holidays skipped), first TAF {options.FirstTafDays} days, plan reviews {options.ReviewDays} days,");
        md.AppendLine(CultureInfo.InvariantCulture, $"  long-open cases {options.OpenSixMonthsDays} and {options.OpenTwelveMonthsDays} days, sustained outcome {options.SustainedDays} days.");
        md.AppendLine();
        md.Append("""
            ## How values are judged

            - **Targets** come from `report-templates/targets.json`: per measure and financial year, for every unit or for one.
              A unit without a target of its own takes the one for every unit, except for year-to-date counts (below).
            - **RAG.** Green when the value is on or better than the target (by the measure's polarity); amber when worse
              but within the tolerance (default 5 percentage points for percentages, 10% of the target for counts); red
              otherwise. Context measures, values without a target and provisional values have no RAG.
            - **Direction of travel** compares with the previous period and with the same period last year: improving,
              worsening or no change by the measure's polarity (a change too small to show at one decimal place is no
              change); context measures go up or down.
            - **Year-to-date counts** (SF01, SF02) count from 1 April to the period end. They are judged against a unit's own
              target only, profiled to the period end (month 6 of 12 is half the year's target); the authority's target is
              the whole council's, not a locality's share of it, so a locality without its own target has no RAG. Within a
              year a running total only grows, so they are compared with the same point last year and never with the
              previous period.
            - **Provisional values.** Some measures can still change after their period ends, because a later record
              decides them (a referral up to 30 days after an early help closure makes it a step-up). Until the data reaches
              the period end plus the measure's settling window the value is provisional: shown with the day it settles,
              with no RAG and no direction of travel.

            ## The catalogue

            | Code | Name | Unit | Better | Counts | Settles after | Denominator is |
            |---|---|---|---|---|---:|---|

            """);
        foreach (var m in MeasureCatalogue.All)
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {m.Code} | {m.Name} | {Unit(m)} | {Better(m)} | {m.CountingUnit} | {(m.SettlesAfterDays(options) is > 0 and var d ? $"{d} days" : "-")} | {m.DenominatorIs ?? "-"} |");
        md.AppendLine();
        foreach (var m in MeasureCatalogue.All)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {m.Code} {m.Name}");
            md.AppendLine();
            md.AppendLine(m.Description);
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"- Numerator{(m.Denominator is null ? " (the count)" : "")}: {m.Numerator}.");
            if (m.Denominator is not null) md.AppendLine(CultureInfo.InvariantCulture, $"- Denominator: {m.Denominator}{(m.DenominatorIs is { } d ? $" (the value of {d})" : "")}.");
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Unit(m)}, {Better(m).ToLowerInvariant()}; counting unit: {m.CountingUnit.ToLowerInvariant()}.");
            if (m.CumulativeInYear) md.AppendLine("- Year to date: judged against a unit's own target profiled to the period end, compared with the same point last year.");
            if (m.SettlesAfterDays(options) is > 0 and var days) md.AppendLine(CultureInfo.InvariantCulture, $"- Provisional until {days} days after the period ends.");
            md.AppendLine(CultureInfo.InvariantCulture, $"- Breakdowns: {Breakdown(m.Breakdowns)}.");
            md.AppendLine(CultureInfo.InvariantCulture, $"- Needs: {string.Join(", ", m.RequiredTables.Select(t => $"`{t}`"))}. Defined after: {m.Source}.");
            md.AppendLine();
        }
        return md.ToString().ReplaceLineEndings("\n");
    }

    private static string Unit(MeasureDefinition m) => m.Unit == MeasureUnit.Percentage ? "Percentage" : "Count";

    private static string Better(MeasureDefinition m) => m.Polarity switch
    {
        Polarity.HigherIsBetter => "Higher",
        Polarity.LowerIsBetter => "Lower",
        _ => "Context",
    };

    private static string Breakdown(Breakdowns b) => b switch
    {
        Breakdowns.None => "none beyond organisation unit",
        Breakdowns.Child => "age band, sex and ethnicity group",
        Breakdowns.AuditSectionGrade => "audit section and grade (kind AuditGrade:<section>, value the grade)",
        _ => b.ToString(),
    };
}
