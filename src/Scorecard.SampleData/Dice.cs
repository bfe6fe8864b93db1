namespace Scorecard.SampleData;

/// <summary>
/// All randomness of one generation run. One <see cref="Random"/> with a fixed seed, consumed in a fixed order,
/// is what makes the output byte-identical run after run (Random(int) is specified to repeat its sequence).
/// </summary>
internal sealed class Dice(int seed)
{
    private readonly Random _random = new(seed);

    public double Next() => _random.NextDouble();

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>, both included.</summary>
    public int Between(int min, int max) => _random.Next(min, max + 1);

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>
    /// Roughly normal: the sum of twelve uniforms less six (Irwin-Hall). Only additions, so the same seed gives
    /// the same bytes on every platform; Math.Log and Math.Cos may differ in the last bit between runtimes.
    /// </summary>
    public double Normal(double mean, double sd)
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++) sum += _random.NextDouble();
        return mean + sd * (sum - 6.0);
    }

    /// <summary>Poisson by Knuth's method: fine for the small means (a handful of contacts) used here.</summary>
    public int Poisson(double mean)
    {
        if (mean <= 0) return 0;
        var limit = ExpOfMinus(Math.Min(mean, 30));
        var k = 0;
        var p = 1.0;
        do
        {
            k++;
            p *= _random.NextDouble();
        } while (p > limit);
        return k - 1;
    }

    /// <summary>e^-x for x from 0 to 30 by its series: plain arithmetic, so identical on every platform.</summary>
    private static double ExpOfMinus(double x)
    {
        double sum = 1, term = 1;
        for (var k = 1; k < 200 && term > sum * 1e-17; k++)
        {
            term *= x / k;
            sum += term;
        }
        return 1 / sum;
    }
}

/// <summary>A fixed list of values with relative weights, picked by one uniform draw.</summary>
internal sealed class Weighted<T>
{
    private readonly T[] _values;
    private readonly double[] _cumulative;

    public Weighted(params (T Value, double Weight)[] entries)
    {
        _values = entries.Select(e => e.Value).ToArray();
        _cumulative = new double[entries.Length];
        var total = entries.Sum(e => e.Weight);
        var running = 0.0;
        for (var i = 0; i < entries.Length; i++)
        {
            running += entries[i].Weight / total;
            _cumulative[i] = running;
        }
        _cumulative[^1] = 1.0;
    }

    public T Pick(Dice dice)
    {
        var x = dice.Next();
        for (var i = 0; i < _cumulative.Length; i++)
            if (x < _cumulative[i]) return _values[i];
        return _values[^1];
    }
}
