namespace Scorecard.Api.Jobs;

/// <summary>Scheduled work, bound from "Scorecard:Jobs" (see docs/unattended.md for every setting).</summary>
public sealed class JobOptions
{
    public const string Section = "Scorecard:Jobs";

    /// <summary>Run the Hangfire server and the recurring jobs in this host.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The folder the case system's extracts land in (Scorecard:Jobs:Inbox). Relative paths are beside the application.
    /// Without it the load job has nothing to watch and is not scheduled.
    /// </summary>
    public string? Inbox { get; set; }

    /// <summary>When the inbox is looked at, as cron in UK time (every 15 minutes by default).</summary>
    public string LoadCron { get; set; } = "*/15 * * * *";

    /// <summary>
    /// A file or folder is picked up only once nothing in it has been written for this long, so an extract still being
    /// copied in is left for the next look.
    /// </summary>
    public int StableSeconds { get; set; } = 120;

    /// <summary>
    /// Pick up an item only when a marker named after it with ".ready" added (extract-2026-11-30.ready,
    /// census.xml.ready) is beside it: for transfer tools that can write one when they finish.
    /// </summary>
    public bool RequireReadyMarker { get; set; }

    /// <summary>When the measure refresh runs besides after each load, as cron in UK time (06:00 by default).</summary>
    public string RefreshCron { get; set; } = "0 6 * * *";

    /// <summary>When the packs are looked at, as cron in UK time (07:00 by default): each template's latest complete period is written once.</summary>
    public string PacksCron { get; set; } = "0 7 * * *";

    /// <summary>Where the pack job writes, by template and period. Relative paths are beside the application.</summary>
    public string PacksFolder { get; set; } = "packs";

    /// <summary>The templates the pack job writes (default: every template found).</summary>
    public List<string> PackTemplates { get; set; } = [];

    /// <summary>How many times a job that failed is tried again before it shows as failed (few: a person should look).</summary>
    public int Retries { get; set; } = 1;

    /// <summary>How long before a failed job is tried again (ten minutes: long enough for a database to come back).</summary>
    public int RetryDelaySeconds { get; set; } = 600;

    /// <summary>/health turns unhealthy when no load has succeeded for this many hours while an inbox is watched.</summary>
    public double LoadOverdueHours { get; set; } = 36;

    /// <summary>The time zone of the cron expressions.</summary>
    public string TimeZone { get; set; } = "Europe/London";

    public string InboxPath => Scorecard.Warehouse.AppPaths.Resolve(Inbox ?? throw new InvalidOperationException(
        "No inbox is configured: set Scorecard:Jobs:Inbox (Scorecard__Jobs__Inbox) to the folder the extracts land in."));

    public string PacksPath => Scorecard.Warehouse.AppPaths.Resolve(PacksFolder);
}
