using Lactation.Content.Search;

namespace Lactation.Content.Tests.Search;

public sealed class EditDistanceDamerauLevenshtein
{
    [Theory]
    [InlineData("mastitis", "mastitis", 0)]
    [InlineData("mastitsi", "mastitis", 1)]
    [InlineData("mastits", "mastitis", 1)]
    [InlineData("masstitis", "mastitis", 1)]
    [InlineData("mastitus", "mastitis", 1)]
    [InlineData("galactosele", "galactocele", 1)]
    [InlineData("ca", "ac", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "", 3)]
    [InlineData("lump", "pump", 1)]
    [InlineData("flange", "fnalge", 2)]
    public void CountsInsertsDeletesSubstitutionsAndSwaps(string a, string b, int expected)
    {
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(a, b));
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(b, a));
    }

    [Theory]
    [InlineData("kitten", "sitting", 2, 3)]
    [InlineData("a", "abcdef", 2, 3)]
    [InlineData("mastitsi", "mastitis", 2, 1)]
    public void StopsEarlyPastTheLimit(string a, string b, int max, int expected) =>
        Assert.Equal(expected, EditDistance.DamerauLevenshtein(a, b, max));
}
