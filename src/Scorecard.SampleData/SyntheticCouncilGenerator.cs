namespace Scorecard.SampleData;

/// <summary>
/// Writes a canonical extract for a fictional council: every contract file, with case histories that hang
/// together (contacts lead to early help or social care, step-ups, step-downs, re-referrals, audits...) and
/// rates in the ranges councils report. Nothing in it is real: ids are made up, there are no names or addresses.
/// The output depends only on the options: the same seed gives the same bytes. Families are generated and
/// written one at a time with every file open, so memory does not grow with the number of children.
/// </summary>
public sealed class SyntheticCouncilGenerator
{
    private readonly SyntheticCouncilOptions _options;

    public SyntheticCouncilGenerator(SyntheticCouncilOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Children < 1) throw new ArgumentOutOfRangeException(nameof(options), options.Children, "Children must be at least 1.");
        if (options.Until < options.From) throw new ArgumentOutOfRangeException(nameof(options), options.Until, "Until must not be before From.");
        if (options.DirtyShare is < 0 or >= 1 || double.IsNaN(options.DirtyShare))
            throw new ArgumentOutOfRangeException(nameof(options), options.DirtyShare, "DirtyShare must be from 0 to below 1.");
        _options = options;
    }

    /// <summary>Writes the extract files into <paramref name="folder"/> (created if needed; files there are replaced).</summary>
    public GeneratedExtract Write(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        Directory.CreateDirectory(folder);

        var dice = new Dice(_options.Seed);
        var council = new CouncilStructure(_options, dice);
        var dirty = new DirtyRows(_options.DirtyShare, _options.Seed);
        Dictionary<string, int> rows = [], dirtyRows = [], warnedRows = [];
        var shape = _options.Shape == ExtractShape.SsdSystemC ? new SystemCShape(council).For : (Func<Scorecard.Etl.Sources.Ssd.TableSpec, string[], TableShape?>?)null;
        using (var files = new ExtractFiles(folder, shape))
        {
            DescribeDefects(files, dirty);
            council.WriteDepartments(files.Departments);
            council.WriteProfessionals(files.Professionals);

            var simulator = new FamilySimulator(_options, council, dice);
            var writer = new FamilyWriter(_options, files, dirty, dice);
            var people = 0;
            var families = 0;
            while (people < _options.Children)
            {
                // The last family is cut to size so that ssd_person holds exactly the children asked for.
                var size = Math.Min(simulator.NextFamilySize(), _options.Children - people);
                writer.Write(simulator.Simulate(++families, people + 1, size));
                people += size;
            }

            foreach (var file in files.All)
            {
                rows[file.Table] = file.Rows;
                dirtyRows[file.Table] = file.DirtyRows;
                warnedRows[file.Table] = file.WarnedRows;
            }
        }
        return new GeneratedExtract(Path.GetFullPath(folder), rows, dirtyRows, dirty.PerKind()) { WarnedRowsPerTable = warnedRows };
    }

    /// <summary>What a dirty row may break in each fact table (and the ids it uses, which no clean row has).</summary>
    private static void DescribeDefects(ExtractFiles files, DirtyRows dirty)
    {
        if (!dirty.Enabled) return;
        dirty.Describe(files.Contacts, "CZ", "cont_contact_date", "cont_contact_source_code", "ZZ", "cont_person_id", "PX");
        dirty.Describe(files.Episodes, "EZ", "earl_episode_start_date", "earl_episode_end_reason", "XX", "earl_person_id", "PX",
            "earl_episode_start_date", "earl_episode_end_date", "earl_episode_end_reason", "OM");
        dirty.Describe(files.Referrals, "RZ", "cine_referral_date", "cine_referral_source_code", "ZZ", "cine_person_id", "PX",
            "cine_referral_date", "cine_close_date", "cine_close_reason", "RC8");
        // Meetings and scores belong to an episode, not a person: theirs is a dangling episode id.
        dirty.Describe(files.PlanReviews, "RVZ", "revw_review_date", "revw_review_type", "XX", "revw_episode_id", "EX");
        dirty.Describe(files.OutcomeScores, "SZ", "scor_score_date", "scor_stage", "XX", "scor_episode_id", "EX");
    }
}
