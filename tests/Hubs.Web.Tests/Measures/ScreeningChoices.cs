namespace Hubs.Web.Tests.Measures;

/// <summary>Screening answers worked by hand (items not listed are answered 0).</summary>
internal static class ScreeningChoices
{
    /// <summary>
    /// PHQ-9 2,2,2,2,2,2,1,1,0 = 14 (moderate; PHQ-2 4 positive); GAD-2 1+1 = 2 (negative); AUDIT-C 2+2+1 = 5
    /// (positive, so AUDIT is asked: + 1+1+0+0+0+2+0 = 9, increasing risk); PCL-5 twelve 2s and eight 1s = 32;
    /// ITQ one item of every PTSD and self-organisation cluster at 2 (complex PTSD); ISI 3,3,3,3,3,0,0 = 15
    /// (moderate); WSAS 5,4,4,4,4 = 21 (moderately severe or worse).
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> Positive = new Dictionary<string, int>
    {
        ["phq9.1"] = 2,
        ["phq9.2"] = 2,
        ["phq9.3"] = 2,
        ["phq9.4"] = 2,
        ["phq9.5"] = 2,
        ["phq9.6"] = 2,
        ["phq9.7"] = 1,
        ["phq9.8"] = 1,
        ["gad7.1"] = 1,
        ["gad7.2"] = 1,
        ["audit.1"] = 2,
        ["audit.2"] = 2,
        ["audit.3"] = 1,
        ["audit.4"] = 1,
        ["audit.5"] = 1,
        ["audit.9"] = 2,
        ["itq.p1"] = 2,
        ["itq.p3"] = 2,
        ["itq.p5"] = 2,
        ["itq.p7"] = 2,
        ["itq.c1"] = 2,
        ["itq.c3"] = 2,
        ["itq.c5"] = 2,
        ["itq.c7"] = 2,
        ["isi.1"] = 3,
        ["isi.2"] = 3,
        ["isi.3"] = 3,
        ["isi.4"] = 3,
        ["isi.5"] = 3,
        ["wsas.1"] = 5,
        ["wsas.2"] = 4,
        ["wsas.3"] = 4,
        ["wsas.4"] = 4,
        ["wsas.5"] = 4,
    }
        .Concat(Enumerable.Range(1, 20).Select(i => KeyValuePair.Create($"pcl5.{i}", i <= 12 ? 2 : 1)))
        .ToDictionary();
}
