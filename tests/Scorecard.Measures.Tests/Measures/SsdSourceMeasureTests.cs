using Microsoft.EntityFrameworkCore;
using Scorecard.Measures.Snapshot;

namespace Scorecard.Measures.Tests.Measures;

/// <summary>
/// Measures from values as the SSD deployment scripts write them: an early help end reason in a council's words, a
/// step-down inside a long referral outcome value, and "not available from this source" where a contact's outcome
/// form cannot say whether it led to early help.
/// </summary>
public class SsdSourceMeasureTests(SsdSourceMeasureTests.Fixture f) : IClassFixture<SsdSourceMeasureTests.Fixture>
{
    // Episodes (end reasons as SystemC writes them, in the council's words, mapped by the shipped defaults):
    //   E1 P3 2024-04-01 to 2024-06-30 "Step-up": no social care referral follows => a step-up dated at its end (June).
    //   E2 P4 2024-04-01 to 2024-06-15 "NFA" (Other).
    // Referrals closed in June 2024:
    //   R1 P1 closed 2024-06-10 RC7; its outcome, a JSON array longer than 200 characters, ends with a step-down.
    //   R2 P2 closed 2024-06-20 RC8, no step-down; no early help episode follows.
    // Contacts: April to June as Scorecard writes outcomes (a JSON array: it can say early help); July to September as
    // SystemC writes them (flag objects with no early help key), loaded in a second extract.
    //   Apr: C1 EH, C2 CIN. May: C3 EH. Jul: C4 NEW_REFERRAL, C5 NFA. Aug: C6 ADVICE.
    private static readonly string LongOutcome = Quoted("[" + string.Join(",", Enumerable.Repeat("\"Single Assessment\"", 12).Append("\"Step-down to Early Help\"")) + "]");

    private static string Quoted(string json) => "\"" + json.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    public sealed class Fixture : MeasureFixture
    {
        protected override (string File, string Csv)[] Extract() => Files();

        public static (string File, string Csv)[] Files() =>
        [
            Lines.People("P1,F,WBRI,2012-01-01", "P2,M,WBRI,2013-01-01", "P3,F,WBRI,2014-01-01", "P4,M,WBRI,2015-01-01"),
            Lines.Episodes("E1,P3,2024-04-01,2024-06-30,Step-up", "E2,P4,2024-04-01,2024-06-15,NFA"),
            Lines.File("ssd_cin_episodes.csv", "cine_referral_id,cine_person_id,cine_referral_date,cine_referral_outcome_json,cine_referral_nfa,cine_close_reason,cine_close_date",
                $"R1,P1,2024-03-01,{LongOutcome},N,RC7,2024-06-10", "R2,P2,2024-03-05,\"[\"\"Single Assessment\"\"]\",N,RC8,2024-06-20"),
            Lines.File("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_outcome_json",
                "C1,P1,2024-04-03,\"[\"\"EH Referral\"\"]\"", "C2,P2,2024-04-04,\"[\"\"CIN Referral\"\"]\"", "C3,P3,2024-05-05,\"[\"\"EH Referral\"\"]\""),
        ];

        /// <summary>The later extract: contacts as SSD 1.4.5 SystemC writes them (FACT_CONTACTS.OUTCOME_* flags).</summary>
        public static (string, string)[] SystemCContacts() =>
        [
            Lines.People("P1,F,WBRI,2012-01-01", "P2,M,WBRI,2013-01-01", "P3,F,WBRI,2014-01-01", "P4,M,WBRI,2015-01-01"),
            Lines.File("ssd_contacts.csv", "cont_contact_id,cont_person_id,cont_contact_date,cont_contact_outcome_json",
                "C4,P1,2024-07-02 00:00:00.000,\"{\"\"NEW_REFERRAL_FLAG\"\": \"\"Y\"\", \"\"NFA_FLAG\"\": \"\"N\"\", \"\"ADVICE_FLAG\"\": \"\"N\"\", \"\"NUMBER_OF_OUTCOMES\"\": 1, \"\"COMMENTS\"\": \"\"\"\"}\"",
                "C5,P2,2024-07-09 00:00:00.000,\"{\"\"NEW_REFERRAL_FLAG\"\": \"\"N\"\", \"\"NFA_FLAG\"\": \"\"Y\"\", \"\"ADVICE_FLAG\"\": \"\"N\"\", \"\"NUMBER_OF_OUTCOMES\"\": 1, \"\"COMMENTS\"\": \"\"\"\"}\"",
                "C6,P3,2024-08-01 00:00:00.000,\"{\"\"NEW_REFERRAL_FLAG\"\": \"\"N\"\", \"\"NFA_FLAG\"\": \"\"N\"\", \"\"ADVICE_FLAG\"\": \"\"Y\"\", \"\"NUMBER_OF_OUTCOMES\"\": 1, \"\"COMMENTS\"\": \"\"\"\"}\""),
        ];
    }

    [Fact]
    public async Task AnEpisodeEndedStepUp_InTheCouncilsWords_CountsAsAStepUp()
    {
        (await f.CountsAsync("EH07", "2024-06")).ShouldBe((1, null));
        // Closures in June: E1 (step-up) and E2 (NFA) => 1 of 2.
        (await f.CountsAsync("EH17", "2024-06")).ShouldBe((1, 2));
    }

    [Fact]
    public async Task AStepDownWrittenLateInAReferralsOutcome_CountsAsAStepDown()
    {
        // Social care closures in June: R1 (step-down outcome, RC7) and R2 (neither) => 1 of 2.
        (await f.CountsAsync("EH08", "2024-06")).ShouldBe((1, 2));
    }

    [Fact]
    public async Task ContactsFromASourceWithNoEarlyHelpFlag_MakeEH09NotAvailableForTheirPeriods_NeverZero()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(Fixture.Files());
        // The later extract's contacts come from another case system and hold only July and August: they are not a
        // full snapshot of the earlier ones, which were not deleted at source.
        var later = await w.Loader.LoadAsync(w.WriteExtract("systemc", Fixture.SystemCContacts()), new Scorecard.Etl.Loading.LoadOptions
        {
            Deletions = new Scorecard.Etl.Loading.DeletionOptions { Tables = { ["ssd_contacts"] = new Scorecard.Etl.Loading.TableDeletionOptions { FullSnapshot = false } } },
        });
        later.Status.ShouldBe(Scorecard.Warehouse.Integration.LoadStatus.Succeeded, later.Message);
        later.Tables.Single(t => t.Table == "ssd_contacts").NotExpressed.ShouldBe(["IsEarlyHelpOutcome"]);
        await w.RefreshAsync(RefreshMode.Full);

        // April and May: from a source that says early help. April: C1 EH of C1, C2 => 1 of 2.
        (await w.CountsAsync("EH09", "2024-04")).ShouldBe((1, 2));
        (await w.ValueAsync("EH09", "2024-04")).ShouldNotBeNull().IsAvailable.ShouldBeTrue();
        (await w.ValueAsync("EH09", "2024-25 Q1")).ShouldNotBeNull().IsAvailable.ShouldBeTrue();
        // July, August, Q2 and the year hold SystemC contacts: not available, with the reason, for every unit; no value, no RAG.
        foreach (var period in new[] { "2024-07", "2024-08", "2024-25 Q2", "2024-25" })
        {
            var v = (await w.ValueAsync("EH09", period)).ShouldNotBeNull(period);
            v.IsAvailable.ShouldBeFalse(period);
            (v.Value, v.Numerator, v.Rag, v.DirectionVsPrevious).ShouldBe(((double?)null, 0, (Scorecard.Warehouse.Measures.Rag?)null, (Scorecard.Warehouse.Measures.Direction?)null), period);
            v.NotAvailableReason.ShouldNotBeNull().ShouldContain("does not record whether a contact led to early help");
        }
        // September has no contacts at all: nothing is claimed there.
        (await w.ValueAsync("EH09", "2024-09")).ShouldBeNull();
        // Other contact measures are not touched.
        await using var db = w.Open();
        (await db.Measures.SingleAsync(m => m.MeasureCode == "EH09")).IsAvailable.ShouldBeTrue();
    }

    [Fact]
    public async Task PeriodsNotAvailableFromTheSource_ArePublishedNotAvailable_ToEveryAudience_WithTheReason_AndNothingJudged()
    {
        using var w = new TestWarehouse();
        await w.LoadAsync(Fixture.Files());
        // The later extract's contacts come from another case system and hold only July and August (not a full snapshot).
        var later = await w.Loader.LoadAsync(w.WriteExtract("systemc", Fixture.SystemCContacts()), new Scorecard.Etl.Loading.LoadOptions
        {
            Deletions = new Scorecard.Etl.Loading.DeletionOptions { Tables = { ["ssd_contacts"] = new Scorecard.Etl.Loading.TableDeletionOptions { FullSnapshot = false } } },
        });
        later.Status.ShouldBe(Scorecard.Warehouse.Integration.LoadStatus.Succeeded, later.Message);
        await w.RefreshAsync(RefreshMode.Full);

        await using var db = w.Open();
        foreach (var audience in new[] { Scorecard.Warehouse.Publishing.Audience.Internal, Scorecard.Warehouse.Publishing.Audience.Partnership })
        {
            var cells = await db.Published(audience).Where(c => c.MeasureCode == "EH09").ToListAsync();
            // July holds SystemC contacts only: every unit's cell says not available, with the snapshot's reason, in both
            // audiences' tables (never withheld as "c", never 0), with nothing judged.
            var july = cells.Where(c => c.PeriodLabel == "2024-07").ToList();
            july.ShouldNotBeEmpty();
            july.ShouldAllBe(c => c.State == Scorecard.Warehouse.Publishing.PublishedState.NotAvailable && c.DisplayValue == "not available"
                && c.Value == null && c.Numerator == null && c.Target == null && c.Rag == null && c.DirectionVsPrevious == null && c.DirectionVsLastYear == null
                && !c.IsProvisional && c.Note!.Contains("does not record whether a contact led to early help"));
            // April's contacts could say so: a value there (1 of 2, so withheld from the partnership as a small number).
            cells.Single(c => c.PeriodLabel == "2024-04" && c.OrgUnitId == "AUTHORITY").State.ShouldBe(audience == Scorecard.Warehouse.Publishing.Audience.Internal
                ? Scorecard.Warehouse.Publishing.PublishedState.Value : Scorecard.Warehouse.Publishing.PublishedState.Suppressed, audience.ToString());
        }
    }

    [Fact]
    public async Task AMeasureWhoseTableWasNeverLoaded_IsNotAvailableInEveryPeriodAndUnit()
    {
        await using var db = f.Warehouse.Open();
        var rows = await db.MeasureValues.Where(v => v.MeasureCode == "QA01").ToListAsync();
        rows.ShouldNotBeEmpty();
        rows.ShouldAllBe(v => !v.IsAvailable && v.Value == null && v.NotAvailableReason == "Not available from this source: needs ext_case_audits, which has not been loaded.");
        rows.Select(v => v.PeriodKey).Distinct().Count().ShouldBe(await db.Periods.CountAsync());
        (await db.Measures.SingleAsync(m => m.MeasureCode == "QA01")).IsAvailable.ShouldBeFalse();
    }
}
