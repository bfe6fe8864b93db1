using System.Globalization;

namespace Scorecard.SampleData;

internal sealed class Team(string id, string name, Locality locality, bool isSocialCare)
{
    public string Id => id;
    public string Name => name;
    public Locality Locality => locality;
    public bool IsSocialCare => isSocialCare;
    public List<string> Workers { get; } = [];
}

internal sealed class Locality(string id, string name, string area, double share, bool hasOwnRow)
{
    public string Id => id;
    public string Name => name;
    public string Area => area;
    public double Share => share;
    public bool HasOwnRow => hasOwnRow;
    public List<Team> EarlyHelpTeams { get; } = [];
    public Team SocialCareTeam { get; set; } = null!;
    public List<string> Schools { get; } = [];
}

/// <summary>
/// The fictional authority: four localities, each with two or three early help teams and a social care team,
/// the workers in them and the organisations that act as lead professional. Its size follows the caseload
/// (more children, more workers) but it is tiny next to the case data.
/// </summary>
internal sealed class CouncilStructure
{
    // Place names for schools; invented, and deliberately plain.
    private static readonly string[][] Places =
    [
        ["Ashby Moor", "Kettlewick", "Harrowfield", "Norcombe", "Fellside"],
        ["Brackenford", "Lowmere", "Southwold Vale", "Tarrant Green", "Millbrook"],
        ["Eastholme", "Redcastle", "Whinmoor", "Saltby", "Oakhurst"],
        ["Westerleigh", "Copperdale", "Hollins Cross", "Stanmoor", "Yarrowby"],
    ];

    private static readonly string[] SchoolKinds = ["Primary School", "Academy", "CE Primary School", "High School", "Infant and Nursery School", "Community College"];

    private static readonly Weighted<string> EarlyHelpTitles = new(
        ("Family Support Worker", 40), ("Early Help Practitioner", 30), ("Senior Early Help Practitioner", 12),
        ("Family Intensive Support Worker", 12), ("Youth Worker", 6));

    private static readonly Weighted<string> SocialCareTitles = new(
        ("Social Worker", 55), ("Senior Social Worker", 20), ("Advanced Practitioner", 10), ("Social Work Assistant", 15));

    public CouncilStructure(SyntheticCouncilOptions options, Dice dice)
    {
        var authority = options.AuthorityName;
        Localities =
        [
            new("L-NORTH", "North locality", "NORTH", 0.30, true),
            new("L-SOUTH", "South locality", "SOUTH", 0.26, true),
            new("L-EAST", "East locality", "EAST", 0.24, false),
            new("L-WEST", "West locality", "WEST", 0.20, false),
        ];
        int[] earlyHelpTeams = [3, 2, 3, 2];

        // About one early help worker per 1,200 children in the population, one social worker per 1,000.
        var earlyHelpWorkers = Math.Clamp(options.Children / 1200 + 3, 4, 40);
        var socialWorkers = Math.Clamp(options.Children / 1000 + 4, 5, 50);
        var workerNumber = 0;
        string NextWorker() => "W" + (++workerNumber).ToString("D4", CultureInfo.InvariantCulture);

        for (var l = 0; l < Localities.Count; l++)
        {
            var locality = Localities[l];
            var area = char.ToUpperInvariant(locality.Area[0]) + locality.Area[1..].ToLowerInvariant();
            for (var t = 1; t <= earlyHelpTeams[l]; t++)
            {
                var team = new Team($"T-{locality.Area}-{t}", $"{area} Early Help Team {t}", locality, false);
                locality.EarlyHelpTeams.Add(team);
                Teams.Add(team);
            }
            locality.SocialCareTeam = new Team($"T-{locality.Area}-SC", $"{area} Children's Social Care Team", locality, true);
            Teams.Add(locality.SocialCareTeam);

            foreach (var place in Places[l])
                locality.Schools.Add($"{place} {dice.Pick(SchoolKinds)}");
        }

        foreach (var team in Teams)
        {
            var id = NextWorker();
            team.Workers.Add(id);
            Professionals.Add((id, "Team Manager", team));
            var count = team.IsSocialCare ? socialWorkers : earlyHelpWorkers;
            for (var i = 0; i < count; i++)
            {
                id = NextWorker();
                team.Workers.Add(id);
                Professionals.Add((id, (team.IsSocialCare ? SocialCareTitles : EarlyHelpTitles).Pick(dice), team));
            }
        }

        HealthOrganisations = [$"{authority} Health Visiting Service", $"{authority} School Nursing Service", $"{authority} Community Paediatrics", $"{authority} Child and Adolescent Mental Health Service"];
        LocalAuthorityEarlyHelp = $"{authority} Council Early Help Service";
        VoluntaryOrganisations = ["Harbourlight Family Trust", "Open Door Family Support", "Little Acorns Children's Centre", "Willowbrook Community Project", "Kestrel Youth Partnership"];
    }

    public IReadOnlyList<Locality> Localities { get; }
    public List<Team> Teams { get; } = [];
    public List<(string Id, string JobTitle, Team Team)> Professionals { get; } = [];
    public IReadOnlyList<string> HealthOrganisations { get; }
    public string LocalAuthorityEarlyHelp { get; }
    public IReadOnlyList<string> VoluntaryOrganisations { get; }

    public Locality PickLocality(Dice dice)
    {
        var x = dice.Next();
        foreach (var locality in Localities)
        {
            if (x < locality.Share) return locality;
            x -= locality.Share;
        }
        return Localities[^1];
    }

    public void WriteDepartments(ExtractTableWriter departments)
    {
        // Two localities have rows of their own; the others are known only as the parents their teams name,
        // as happens when an export holds teams only.
        foreach (var locality in Localities.Where(l => l.HasOwnRow))
            departments.Write([locality.Id, locality.Name, null, null]);
        foreach (var team in Teams)
            departments.Write([team.Id, team.Name, team.Locality.Id, team.Locality.Name]);
    }

    public void WriteProfessionals(ExtractTableWriter professionals)
    {
        foreach (var (id, title, team) in Professionals)
            professionals.Write([id, title, team.Id]);
    }
}
