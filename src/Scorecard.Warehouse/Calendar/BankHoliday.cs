namespace Scorecard.Warehouse.Calendar;

/// <summary>A bank holiday as the council's working-day rules see it: the day off actually taken.</summary>
/// <remarks>
/// Substitute days carry the date the holiday is observed (e.g. Monday 27 December), not the
/// weekend date of the festival itself, because timeliness measures only care about days off.
/// </remarks>
public readonly record struct BankHoliday(DateOnly Date, string Name);
