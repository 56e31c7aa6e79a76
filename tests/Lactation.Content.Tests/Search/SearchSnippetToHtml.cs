using Lactation.Content.Search;

namespace Lactation.Content.Tests.Search;

public sealed class SearchSnippetToHtml
{
    [Theory]
    [InlineData("a \u0002lump\u0003 here", "a <mark>lump</mark> here")]
    [InlineData("<script>alert('x')</script> \u0002lump\u0003", "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; <mark>lump</mark>")]
    [InlineData("\u0002<b>\u0003", "<mark>&lt;b&gt;</mark>")]
    [InlineData("Tom & \"Jerry\"", "Tom &amp; &quot;Jerry&quot;")]
    [InlineData("open \u0002never closed", "open <mark>never closed</mark>")]
    [InlineData("\u0003stray end", "stray end")]
    [InlineData("\u0002\u0002twice\u0003\u0003", "<mark>twice</mark>")]
    [InlineData("bell\u0007tab", "bell tab")]
    [InlineData("", "")]
    public void EncodesTextAndMarksOnlyMatches(string raw, string expected) =>
        Assert.Equal(expected, SearchSnippet.ToHtml(raw));
}
