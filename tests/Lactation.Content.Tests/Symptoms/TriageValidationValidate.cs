using Lactation.Content.Symptoms;
using static Lactation.Content.Tests.Symptoms.Triage;

namespace Lactation.Content.Tests.Symptoms;

public sealed class TriageValidationValidate
{
    [Fact]
    public void EmptyAnswersAreValid() => Assert.Empty(TriageValidation.Validate(new TriageAnswers()));

    [Theory]
    [MemberData(nameof(SampleNames), MemberType = typeof(Triage))]
    public void EveryClinicalSampleIsValid(string sample) => Assert.Empty(TriageValidation.Validate(Samples[sample]));

    [Theory]
    [InlineData(34.0, "C", true)]
    [InlineData(43.0, "C", true)]
    [InlineData(38.0, "C", true)]
    [InlineData(33.9, "C", false)]
    [InlineData(43.1, "C", false)]
    [InlineData(-1.0, "C", false)]
    [InlineData(100.4, "C", false)]
    [InlineData(93.0, "F", true)]
    [InlineData(110.0, "F", true)]
    [InlineData(100.4, "F", true)]
    [InlineData(92.9, "F", false)]
    [InlineData(110.1, "F", false)]
    [InlineData(38.0, "F", false)]
    [InlineData(-1.0, "F", false)]
    [InlineData(double.NaN, "C", false)]
    public void TemperatureMustBeBetween34And43CelsiusOr93And110Fahrenheit(double temperature, string unit, bool valid)
    {
        var errors = TriageValidation.Validate(new TriageAnswers { Temperature = temperature, TemperatureUnit = unit });

        if (valid)
        {
            Assert.Empty(errors);
        }
        else
        {
            var message = Assert.Single(Assert.Single(errors, e => e.Key == "temperature").Value);
            Assert.Equal(unit == "C" ? "Enter a temperature between 34 and 43 °C" : "Enter a temperature between 93 and 110 °F", message);
            Assert.Single(errors);
        }
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("K")]
    [InlineData("celsius")]
    public void TemperatureWithoutAKnownUnitIsAnErrorOnTheUnit(string? unit)
    {
        var errors = TriageValidation.Validate(new TriageAnswers { Temperature = 38.5, TemperatureUnit = unit });

        Assert.Equal(["Choose °C or °F for the temperature"], errors["temperatureUnit"]);
        Assert.False(errors.ContainsKey("temperature"));
    }

    [Theory]
    [InlineData("C")]
    [InlineData("F")]
    [InlineData("c")]
    [InlineData("")]
    public void UnitWithoutTemperatureIsFine(string unit) =>
        Assert.Empty(TriageValidation.Validate(new TriageAnswers { TemperatureUnit = unit }));

    [Fact]
    public void UnknownUnitWithoutTemperatureIsStillAnError() =>
        Assert.True(TriageValidation.Validate(new TriageAnswers { TemperatureUnit = "K" }).ContainsKey("temperatureUnit"));

    [Theory]
    [InlineData("hoursSinceOnset", -1, false)]
    [InlineData("hoursSinceOnset", 0, true)]
    [InlineData("hoursSinceOnset", 2160, true)]
    [InlineData("hoursSinceOnset", 2161, false)]
    [InlineData("antibioticHours", -1, false)]
    [InlineData("antibioticHours", 0, true)]
    [InlineData("antibioticHours", 2160, true)]
    [InlineData("antibioticHours", 2161, false)]
    [InlineData("daysPostpartum", -1, false)]
    [InlineData("daysPostpartum", 0, true)]
    [InlineData("daysPostpartum", 2160, true)]
    [InlineData("daysPostpartum", 2161, false)]
    [InlineData("lumpDays", -1, false)]
    [InlineData("lumpDays", 0, true)]
    [InlineData("lumpDays", 2160, true)]
    [InlineData("lumpDays", 2161, false)]
    [InlineData("infantAgeDays", -1, false)]
    [InlineData("infantAgeDays", 0, true)]
    [InlineData("infantAgeDays", 2160, true)]
    [InlineData("infantAgeDays", 2161, false)]
    [InlineData("wetNappies24h", -1, false)]
    [InlineData("wetNappies24h", 0, true)]
    [InlineData("wetNappies24h", 50, true)]
    [InlineData("wetNappies24h", 51, false)]
    [InlineData("stools24h", -1, false)]
    [InlineData("stools24h", 0, true)]
    [InlineData("stools24h", 50, true)]
    [InlineData("stools24h", 51, false)]
    public void NumbersMustBeInRange(string field, int value, bool valid)
    {
        var errors = TriageValidation.Validate(WithField(field, value));

        if (valid)
        {
            Assert.Empty(errors);
        }
        else
        {
            var (key, messages) = Assert.Single(errors);
            Assert.Equal(field, key);
            Assert.StartsWith("Enter ", Assert.Single(messages));
        }
    }

    [Fact]
    public void UnknownSymptomIsNamedInTheMessage()
    {
        var errors = TriageValidation.Validate(Answers("pus,mastitis_maybe,leaking"));

        var message = Assert.Single(errors["symptoms"]);
        Assert.Contains("\"mastitis_maybe\"", message);
        Assert.Contains("Choose symptoms from the list", message);
    }

    [Fact]
    public void EachUnknownSymptomGetsAMessage()
    {
        var errors = TriageValidation.Validate(Answers("nope,nope,Pus"));

        Assert.Equal(2, errors["symptoms"].Length);
    }

    [Fact]
    public void DuplicateSymptomsAreFine() => Assert.Empty(TriageValidation.Validate(Answers("pus,pus,leaking,pus")));

    [Fact]
    public void EveryCatalogSymptomIsValid() =>
        Assert.Empty(TriageValidation.Validate(new TriageAnswers { Symptoms = [.. SymptomCatalog.All.Select(s => s.Id)] }));

    [Theory]
    [InlineData("improving", true)]
    [InlineData("unchanged", true)]
    [InlineData("worsening", true)]
    [InlineData("Worsening", true)]
    [InlineData("", true)]
    [InlineData("sideways", false)]
    [InlineData("better", false)]
    public void TrendMustBeImprovingUnchangedOrWorsening(string trend, bool valid)
    {
        var errors = TriageValidation.Validate(new TriageAnswers { Trend = trend });

        Assert.Equal(valid, !errors.ContainsKey("trend"));
    }

    [Fact]
    public void EveryBadFieldIsReportedUnderItsApiName()
    {
        var answers = new TriageAnswers
        {
            Symptoms = ["bogus"], Temperature = 50, TemperatureUnit = "C", HoursSinceOnset = -1, Trend = "meh",
            AntibioticHours = 3000, DaysPostpartum = -5, LumpDays = 9999, InfantAgeDays = -1,
            WetNappies24h = 51, Stools24h = -1,
        };

        var errors = TriageValidation.Validate(answers);

        string[] fields =
        [
            "symptoms", "temperature", "hoursSinceOnset", "trend", "antibioticHours", "daysPostpartum",
            "lumpDays", "infantAgeDays", "wetNappies24h", "stools24h",
        ];
        Assert.Equal(fields.Order(), errors.Keys.Order());
        Assert.All(errors.Values.SelectMany(m => m), m => Assert.Matches("^(Enter|Choose|We don't know)", m));
    }

    private static TriageAnswers WithField(string field, int value) => field switch
    {
        "hoursSinceOnset" => new() { HoursSinceOnset = value },
        "antibioticHours" => new() { OnAntibiotics = true, AntibioticHours = value },
        "daysPostpartum" => new() { DaysPostpartum = value },
        "lumpDays" => new() { LumpDays = value },
        "infantAgeDays" => new() { InfantAgeDays = value },
        "wetNappies24h" => new() { WetNappies24h = value },
        "stools24h" => new() { Stools24h = value },
        _ => throw new ArgumentException(field),
    };
}
