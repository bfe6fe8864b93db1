using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Scorecard.Etl.Loading;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Integration;

namespace Scorecard.Api.Jobs;

/// <summary>What became of one item in the inbox.</summary>
/// <param name="Changed">Some source in the item reached the warehouse, even when another source in it failed.</param>
public sealed record InboxOutcome(string Name, string Outcome, int? BatchId, string MovedTo, string Reason, bool Changed = false)
{
    public const string Loaded = "Loaded", AlreadyLoaded = "AlreadyLoaded", Failed = "Failed";
}

public sealed record InboxRun(IReadOnlyList<InboxOutcome> Items, IReadOnlyList<string> Waiting)
{
    /// <summary>Something new reached the warehouse, so the measures need a refresh.</summary>
    public bool LoadedAny => Items.Any(i => i.Outcome == InboxOutcome.Loaded || i.Changed);
}

/// <summary>
/// load-extracts: every extract folder, zip, workbook or census file that has settled in the inbox is loaded through
/// the same loader as `scorecard load`, then moved to processed/ or failed/ with a text report beside it saying what
/// happened. An item is claimed by moving it into loading/ first: two runs that overlap (a schedule and an
/// administrator, or two processes) cannot both take it. The loader's own rule (a content hash already loaded is not
/// loaded again) still guards the same extract arriving twice.
/// </summary>
public sealed class InboxLoadJob(WarehouseContextFactory contexts, JobSettings settings, IOptions<JobOptions> options, JobRunLog runs, TimeProvider clock, ILogger<InboxLoadJob> logger)
{
    public const string Id = "load-extracts";
    public const string Processed = "processed", Failed = "failed", Loading = "loading", ReadyMarker = ".ready";

    /// <summary>What the inbox takes besides folders: zipped extracts, Annex A workbooks, census XML.</summary>
    private static readonly string[] Extensions = [".zip", ".xlsx", ".xml"];

    public Task<InboxRun> RunAsync(string trigger, CancellationToken ct) => runs.RunAsync(Id, trigger, async (progress, ct) =>
    {
        var inbox = options.Value.InboxPath;
        if (!Directory.Exists(inbox))
            throw new DirectoryNotFoundException($"The inbox {inbox} does not exist (Scorecard:Jobs:Inbox).");
        // Read before any load, so a missing key or a mapping file with a mistake fails the run without touching the inbox.
        var loader = new ExtractLoader(contexts, settings.ResolvePseudonymiser());
        var mapping = settings.ResolveMapping();
        var outcomes = new List<InboxOutcome>();
        var waiting = new List<string>();
        foreach (var item in Candidates(inbox))
        {
            if (!IsSettled(item)) { waiting.Add(Path.GetFileName(item)); continue; }
            var claimed = Claim(inbox, item);
            if (claimed is null) continue;
            outcomes.Add(await LoadOneAsync(loader, mapping, inbox, Path.GetFileName(item), claimed, ct));
        }
        progress.ItemsLoaded = outcomes.Count(o => o.Outcome != InboxOutcome.Failed);
        progress.ItemsFailed = outcomes.Count(o => o.Outcome == InboxOutcome.Failed);
        progress.Message = outcomes.Count == 0 && waiting.Count == 0 ? "The inbox was empty."
            : $"{outcomes.Count(o => o.Outcome == InboxOutcome.Loaded)} loaded, {outcomes.Count(o => o.Outcome == InboxOutcome.AlreadyLoaded)} already in the warehouse, "
              + $"{progress.ItemsFailed} failed" + (waiting.Count > 0 ? $"; still arriving: {string.Join(", ", waiting)}" : "") + ".";
        logger.LogInformation("Inbox {Inbox}: {Message}", inbox, progress.Message);
        return new InboxRun(outcomes, waiting);
    }, ct);

    private static IEnumerable<string> Candidates(string inbox) =>
        Directory.EnumerateFileSystemEntries(inbox)
            .Where(p => Path.GetFileName(p) is var name && !name.StartsWith('.') && name is not (Processed or Failed or Loading))
            .Where(p => Directory.Exists(p) || Extensions.Contains(Path.GetExtension(p), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Finished arriving: its marker is there, or nothing in it was written for the settling time.</summary>
    private bool IsSettled(string item)
    {
        if (options.Value.RequireReadyMarker) return File.Exists(item + ReadyMarker);
        var lastWrite = Directory.Exists(item)
            ? Directory.EnumerateFiles(item, "*", SearchOption.AllDirectories).Select(File.GetLastWriteTimeUtc).Append(Directory.GetLastWriteTimeUtc(item)).Max()
            : File.GetLastWriteTimeUtc(item);
        return clock.GetUtcNow().UtcDateTime - lastWrite >= TimeSpan.FromSeconds(options.Value.StableSeconds);
    }

    /// <summary>Moves the item into loading/ (a rename: all or nothing); null when another run took it first.</summary>
    private string? Claim(string inbox, string item)
    {
        var target = Path.Combine(inbox, Loading, Path.GetFileName(item));
        Directory.CreateDirectory(Path.Combine(inbox, Loading));
        try
        {
            if (Directory.Exists(item)) Directory.Move(item, target);
            else File.Move(item, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Gone (another run has it) or still held open by whatever is writing it: either way, not ours now.
            logger.LogInformation("Inbox item {Item} not taken: {Reason}", Path.GetFileName(item), e.Message);
            return null;
        }
        File.Delete(item + ReadyMarker);
        return target;
    }

    private async Task<InboxOutcome> LoadOneAsync(ExtractLoader loader, Etl.Mapping.CouncilMapping mapping, string inbox, string name, string claimed, CancellationToken ct)
    {
        IReadOnlyList<LoadResult> results;
        try
        {
            // As `scorecard load` does: a folder or zip mixing SSD files, census returns and Annex A workbooks is one
            // extract per source, each succeeding or failing on its own.
            results = await loader.LoadEachSourceAsync(claimed, new LoadOptions { AuthorityName = settings.AuthorityName, Deletions = settings.Deletions, Mapping = mapping }, ct);
        }
        catch (Exception e) when (WarehouseErrors.IsDatabaseError(e) || e is OperationCanceledException)
        {
            // Not the extract's fault: it goes back to wait for the next run, and the run fails (and is retried).
            MoveBack(claimed, Path.Combine(inbox, name));
            throw;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Inbox item {Item} could not be loaded.", name);
            return Finish(inbox, name, claimed, InboxOutcome.Failed, null, e.Message, $"Not loaded: {e.Message}{Environment.NewLine}The warehouse was not changed.");
        }
        // One failed source sends the item to failed/ so somebody looks at it; the sources that loaded stay loaded,
        // and dropping the item in again after a fix re-applies nothing they already brought (re-loads are no-ops).
        var outcome = results.Any(r => r.Status == LoadStatus.Failed) ? InboxOutcome.Failed
            : results.Any(r => r.Status == LoadStatus.Succeeded) ? InboxOutcome.Loaded
            : InboxOutcome.AlreadyLoaded;
        var batch = results.FirstOrDefault(r => r.Status == LoadStatus.Succeeded)?.BatchId ?? results.FirstOrDefault()?.BatchId;
        var reason = string.Join(" ", results.Select(r => r.Message).Where(m => !string.IsNullOrWhiteSpace(m)));
        var report = string.Join(Environment.NewLine, results.Select(r => InboxReport.Write(results.Count == 1 ? name : $"{name}: {Path.GetFileName(r.SourceName)}", r)));
        return Finish(inbox, name, claimed, outcome, batch, reason.Length > 0 ? reason : outcome, report, results.Any(r => r.Status == LoadStatus.Succeeded));
    }

    private InboxOutcome Finish(string inbox, string name, string claimed, string outcome, int? batchId, string reason, string report, bool changed = false)
    {
        // A stamp keeps a second extract of the same name from meeting the first in processed/.
        var folder = Path.Combine(inbox, outcome == InboxOutcome.Failed ? Failed : Processed);
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, $"{clock.GetUtcNow().UtcDateTime.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{name}");
        MoveBack(claimed, target);
        File.WriteAllText(target + ".txt", report, Encoding.UTF8);
        logger.LogInformation("Inbox item {Item}: {Outcome} (batch {Batch}), moved to {Folder}", name, outcome, batchId, Path.GetFileName(folder));
        return new InboxOutcome(name, outcome, batchId, target, reason, changed);
    }

    private static void MoveBack(string from, string to)
    {
        if (Directory.Exists(from)) Directory.Move(from, to);
        else File.Move(from, to);
    }
}

/// <summary>The text file left beside each processed or failed item: what a council officer reads first.</summary>
public static class InboxReport
{
    public static string Write(string item, LoadResult result)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{item}: {result.Status}");
        if (result.BatchId is { } batch) text.AppendLine(CultureInfo.InvariantCulture, $"Load batch {batch}");
        if (!string.IsNullOrWhiteSpace(result.Message)) text.AppendLine(result.Message);
        if (result.Status == LoadStatus.Failed) text.AppendLine("The warehouse was not changed.");
        if (result.Tables.Count > 0)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Read {result.RowsRead:N0} = loaded {result.RowsLoaded:N0} + rejected {result.RowsRejected:N0}.");
            foreach (var t in result.Tables)
                text.AppendLine(CultureInfo.InvariantCulture, $"  {t.FileName ?? t.Table}: read {t.RowsRead:N0}, inserted {t.RowsInserted:N0}, updated {t.RowsUpdated:N0}, rejected {t.RowsRejected:N0}, deleted at source {t.RowsDeleted:N0}");
        }
        foreach (var r in result.Rejects)
            text.AppendLine(CultureInfo.InvariantCulture, $"Rejected: {r.FileName} {r.ColumnName ?? "(row)"}: {r.Count:N0} row(s) from line {r.FirstLine}: {r.ExampleReason}");
        foreach (var w in result.Warnings)
            text.AppendLine(CultureInfo.InvariantCulture, $"Warning: {Path.GetFileName(w.FileName)} {w.ColumnName}: {w.Message}");
        return text.ToString();
    }
}
