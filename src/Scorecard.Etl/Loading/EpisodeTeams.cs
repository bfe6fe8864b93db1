using System.Data.Common;
using Scorecard.Warehouse;
using Scorecard.Warehouse.Facts;

namespace Scorecard.Etl.Loading;

/// <summary>
/// Gives early help episodes that have no team of their own (no exte_team_id) a team, as set-based SQL at the end of
/// a load. The rule, also in docs/ssd-sources.md:
/// <list type="number">
/// <item>From ssd_involvements. Candidates: involvements of the same child (an involvement that names no child is
/// the child of its referral, as Mosaic writes them) with a team, whose dates overlap the episode (involvement start
/// on or before the episode's end, and involvement end empty or on or after the episode's start). Preference, in
/// order: the involvement of the episode's own worker; one not tied to a social care referral; one that had started
/// by the episode's start (the latest such), else the earliest to start after it; then the involvement id, so the
/// choice is the same on every load. Where the episode names no worker (SystemC's SSD_PH), it takes that
/// involvement's worker too, marked as worked out (WorkerDerived) so that it follows the involvements on later loads
/// and a re-load with the placeholder again keeps it.</item>
/// <item>Else from earl_episode_organisation, when it is a team's id: Eclipse and Mosaic write the allocated team there.</item>
/// </list>
/// An episode whose team was worked out here is re-matched on later loads (its team may change with the
/// involvements); a team given by the extract itself is never replaced.
/// </summary>
internal sealed class EpisodeTeams(WarehouseContext db, DbConnection connection, DbTransaction transaction, SqlDialect dialect, int batchId)
{
    /// <summary>Assigns teams; returns the earliest start of an episode whose team or worker changed, or null.</summary>
    public async Task<DateOnly?> AssignAsync(CancellationToken ct)
    {
        var eh = Table(typeof(EarlyHelpEpisode));
        var inv = Table(typeof(Involvement));
        var referral = Table(typeof(SocialCareReferral));
        string E(string p) => $"{eh.Name}.{eh.Column(p)}";
        string I(string p) => $"i.{inv.Column(p)}";

        // Mosaic's involvements name a referral, not a child: the child is the referral's.
        await ExecuteAsync(
            $"UPDATE {inv.Name} SET {inv.Column(nameof(Involvement.PersonKey))} = (SELECT r.{referral.Column(nameof(SocialCareReferral.PersonKey))} FROM {referral.Name} r " +
            $"WHERE r.{referral.Column(nameof(SocialCareReferral.ReferralKey))} = {inv.Name}.{inv.Column(nameof(Involvement.ReferralKey))}) " +
            $"WHERE {inv.Column(nameof(Involvement.PersonKey))} IS NULL AND {inv.Column(nameof(Involvement.ReferralKey))} IS NOT NULL", ct);

        var start = E(nameof(EarlyHelpEpisode.StartDate));
        var match =
            $"{I(nameof(Involvement.PersonKey))} = {E(nameof(EarlyHelpEpisode.PersonKey))} AND {I(nameof(Involvement.OrgUnitKey))} IS NOT NULL " +
            $"AND ({E(nameof(EarlyHelpEpisode.EndDate))} IS NULL OR {I(nameof(Involvement.StartDate))} <= {E(nameof(EarlyHelpEpisode.EndDate))}) " +
            $"AND ({I(nameof(Involvement.EndDate))} IS NULL OR {I(nameof(Involvement.EndDate))} >= {start})";
        var order =
            $"CASE WHEN {E(nameof(EarlyHelpEpisode.ProfessionalKey))} IS NOT NULL AND {I(nameof(Involvement.ProfessionalKey))} = {E(nameof(EarlyHelpEpisode.ProfessionalKey))} THEN 0 ELSE 1 END, " +
            $"CASE WHEN {I(nameof(Involvement.ReferralKey))} IS NULL THEN 0 ELSE 1 END, " +
            $"CASE WHEN {I(nameof(Involvement.StartDate))} <= {start} THEN 0 ELSE 1 END, " +
            $"CASE WHEN {I(nameof(Involvement.StartDate))} <= {start} THEN {I(nameof(Involvement.StartDate))} END DESC, " +
            $"CASE WHEN {I(nameof(Involvement.StartDate))} > {start} THEN {I(nameof(Involvement.StartDate))} END, " +
            $"{I(nameof(Involvement.InvolvementId))}";
        var bestInvolvement = dialect.FirstOf(I(nameof(Involvement.InvolvementKey)), $"{inv.Name} i WHERE {match}", order);

        var team = E(nameof(EarlyHelpEpisode.OrgUnitKey));
        var worker = E(nameof(EarlyHelpEpisode.ProfessionalKey));
        // The episode's own worker, not one an earlier load worked out.
        var ownWorker = $"CASE WHEN {E(nameof(EarlyHelpEpisode.WorkerDerived))} = {dialect.True} THEN NULL ELSE {worker} END";
        var open = $"({team} IS NULL OR {E(nameof(EarlyHelpEpisode.TeamDerived))} = {dialect.True})";

        // Else the organisation, when it names a team (Eclipse and Mosaic write the allocated team's id there).
        var org = Table(typeof(Warehouse.Dimensions.OrganisationUnit));
        var lead = Table(typeof(Warehouse.Dimensions.LeadOrganisation));
        var teamOfOrganisation =
            $"(SELECT o.{org.Column(nameof(Warehouse.Dimensions.OrganisationUnit.OrgUnitKey))} FROM {org.Name} o JOIN {lead.Name} l " +
            $"ON l.{lead.Column(nameof(Warehouse.Dimensions.LeadOrganisation.Name))} = o.{org.Column(nameof(Warehouse.Dimensions.OrganisationUnit.OrgUnitId))} " +
            $"WHERE l.{lead.Column(nameof(Warehouse.Dimensions.LeadOrganisation.LeadOrganisationKey))} = {E(nameof(EarlyHelpEpisode.LeadOrganisationKey))})";

        // Each open episode's best involvement is looked up once, into a work table of the episodes whose team or
        // worker changes; the episodes are then updated from it.
        var work = dialect.StagingTableName("episode_teams");
        await ExecuteAsync($"DROP TABLE IF EXISTS {work}", ct);
        await ExecuteAsync(
            dialect.CreateTableAs(work, "SELECT c.episode, c.start, c.team, c.worker, c.own_worker FROM (" +
            $"SELECT {E(nameof(EarlyHelpEpisode.EpisodeKey))} AS episode, {start} AS start, {team} AS old_team, {worker} AS old_worker, " +
            $"COALESCE(i.{inv.Column(nameof(Involvement.OrgUnitKey))}, {teamOfOrganisation}) AS team, " +
            $"COALESCE({ownWorker}, i.{inv.Column(nameof(Involvement.ProfessionalKey))}) AS worker, {ownWorker} AS own_worker " +
            $"FROM {eh.Name} LEFT JOIN {inv.Name} i ON i.{inv.Column(nameof(Involvement.InvolvementKey))} = {bestInvolvement} " +
            $"WHERE {open}) c WHERE {dialect.IsDistinct("c.team", "c.old_team")} OR {dialect.IsDistinct("c.worker", "c.old_worker")}"), ct);
        var earliest = await EarliestAsync($"SELECT MIN(start) FROM {work}", ct);
        if (earliest is not null)
            // An episode whose involvements have gone no longer has a team from them (the new team is then empty).
            await ExecuteAsync(dialect.UpdateFrom(eh.Name,
                [
                    $"{eh.Column(nameof(EarlyHelpEpisode.OrgUnitKey))} = x.team", $"{eh.Column(nameof(EarlyHelpEpisode.ProfessionalKey))} = x.worker",
                    $"{eh.Column(nameof(EarlyHelpEpisode.TeamDerived))} = CASE WHEN x.team IS NULL THEN {dialect.False} ELSE {dialect.True} END",
                    $"{eh.Column(nameof(EarlyHelpEpisode.WorkerDerived))} = CASE WHEN x.own_worker IS NULL AND x.worker IS NOT NULL THEN {dialect.True} ELSE {dialect.False} END",
                    $"{eh.Column("LineageBatchId")} = {batchId}",
                ],
                $"SELECT episode, team, worker, own_worker FROM {work}", $"t.{eh.Column(nameof(EarlyHelpEpisode.EpisodeKey))} = x.episode", "1 = 1"), ct);
        await ExecuteAsync($"DROP TABLE {work}", ct);
        return earliest;
    }

    private EntityTable Table(Type type) => new(db.Model.FindEntityType(type)!, dialect);

    private async Task<int> ExecuteAsync(string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    private async Task<DateOnly?> EarliestAsync(string sql, CancellationToken ct)
    {
        await using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        cmd.CommandTimeout = 0;
        var value = await cmd.ExecuteScalarAsync(ct);
        return value switch
        {
            null or DBNull => null,
            DateOnly d => d,
            DateTime dt => DateOnly.FromDateTime(dt),
            var o => DateOnly.Parse(Convert.ToString(o, System.Globalization.CultureInfo.InvariantCulture)!, System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
