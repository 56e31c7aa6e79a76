namespace Lactation.E2E;

/// <summary>One address per page type the site serves: each is checked with axe and the Nu validator.</summary>
public static class PageTypes
{
    public static readonly string[] Urls =
    [
        "/",
        "/articles/mastitis-spectrum",
        "/articles/is-baby-getting-enough",
        "/topics",
        "/topics/mastitis",
        "/symptom-checker",
        "/search?q=hard+lump+boob+hurts",
        "/search?q=fever+red+streaks",
        "/search?q=zzzqqq",
        "/no-such-page",
    ];
}
