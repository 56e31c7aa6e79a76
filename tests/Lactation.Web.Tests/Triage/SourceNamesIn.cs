using Lactation.Web.Triage;

namespace Lactation.Web.Tests.Triage;

public sealed class SourceNamesIn
{
    [Fact]
    public void FindsEachCodeOnceInTheOrderCited()
    {
        var codes = SourceNames.In(["NHS, CDC; Mayo and S000 use 38.3", "S000, AFP24", "NHS sepsis"]).Select(s => s.Code);

        Assert.Equal(["NHS", "CDC", "Mayo", "S000", "AFP24"], codes);
    }

    [Fact]
    public void ReadsTheLongestCodeFirst()
    {
        Assert.Equal(["CDC Hear Her"], SourceNames.In(["CDC Hear Her"]).Select(s => s.Code));
        Assert.Equal(["MD Anderson", "LOTH"], SourceNames.In(["MD Anderson, LOTH"]).Select(s => s.Code));
    }
}
