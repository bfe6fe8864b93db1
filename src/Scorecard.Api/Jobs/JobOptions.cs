namespace Scorecard.Api.Jobs;

/// <summary>Scheduled work in the API host, bound from "Scorecard:Jobs".</summary>
public sealed class JobOptions
{
    public const string Section = "Scorecard:Jobs";

    /// <summary>Run the Hangfire server and the recurring jobs in this host.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>When the measure refresh runs, as cron in UK time (06:00 every day by default, after overnight extracts).</summary>
    public string RefreshCron { get; set; } = "0 6 * * *";

    /// <summary>Targets for RAG, relative to where the host runs (as for `scorecard refresh`).</summary>
    public string TargetsPath { get; set; } = "report-templates/targets.json";
}
