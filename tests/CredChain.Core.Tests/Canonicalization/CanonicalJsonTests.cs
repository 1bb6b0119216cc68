using System.Text;
using System.Text.Json.Nodes;
using CredChain.Core.Canonicalization;

namespace CredChain.Core.Tests.Canonicalization;

public sealed class CanonicalJsonTests
{
    private static string Canonical(string json) => Encoding.UTF8.GetString(CanonicalJson.Canonicalize(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Canonicalize_Rfc8785Section322Example_MatchesTheRfc()
    {
        const string input = """
            {
              "numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001],
              "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/",
              "literals": [null, true, false]
            }
            """;
        Assert.Equal(
            "{\"literals\":[null,true,false],\"numbers\":[333333333.3333333,1e+30,4.5,0.002,1e-27],\"string\":\"€$\\u000f\\nA'B\\\"\\\\\\\\\\\"/\"}",
            Canonical(input));
    }

    [Fact]
    public void Canonicalize_Rfc8785Section323SortingExample_SortsByUtf16CodeUnits()
    {
        const string input = """
            {
              "\u20ac": "Euro Sign",
              "\r": "Carriage Return",
              "\ufb33": "Hebrew Letter Dalet With Dagesh",
              "1": "One",
              "\ud83d\ude00": "Emoji: Grinning Face",
              "\u0080": "Control",
              "\u00f6": "Latin Small Letter O With Diaeresis"
            }
            """;
        Assert.Equal(
            "{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\u0080\":\"Control\",\"ö\":\"Latin Small Letter O With Diaeresis\",\"€\":\"Euro Sign\",\"😀\":\"Emoji: Grinning Face\",\"\ufb33\":\"Hebrew Letter Dalet With Dagesh\"}",
            Canonical(input));
    }

    [Theory]
    [InlineData(0x0000000000000000UL, "0")]
    [InlineData(0x8000000000000000UL, "0")]
    [InlineData(0x0000000000000001UL, "5e-324")]
    [InlineData(0x8000000000000001UL, "-5e-324")]
    [InlineData(0x7fefffffffffffffUL, "1.7976931348623157e+308")]
    [InlineData(0xffefffffffffffffUL, "-1.7976931348623157e+308")]
    [InlineData(0x4340000000000000UL, "9007199254740992")]
    [InlineData(0xc340000000000000UL, "-9007199254740992")]
    [InlineData(0x4430000000000000UL, "295147905179352830000")]
    [InlineData(0x44b52d02c7e14af5UL, "9.999999999999997e+22")]
    [InlineData(0x44b52d02c7e14af6UL, "1e+23")]
    [InlineData(0x44b52d02c7e14af7UL, "1.0000000000000001e+23")]
    [InlineData(0x444b1ae4d6e2ef4eUL, "999999999999999700000")]
    [InlineData(0x444b1ae4d6e2ef4fUL, "999999999999999900000")]
    [InlineData(0x444b1ae4d6e2ef50UL, "1e+21")]
    [InlineData(0x3eb0c6f7a0b5ed8cUL, "9.999999999999997e-7")]
    [InlineData(0x3eb0c6f7a0b5ed8dUL, "0.000001")]
    [InlineData(0x41b3de4355555553UL, "333333333.3333332")]
    [InlineData(0x41b3de4355555554UL, "333333333.33333325")]
    [InlineData(0x41b3de4355555555UL, "333333333.3333333")]
    [InlineData(0x41b3de4355555556UL, "333333333.3333334")]
    [InlineData(0x41b3de4355555557UL, "333333333.33333343")]
    [InlineData(0xbecbf647612f3696UL, "-0.0000033333333333333333")]
    [InlineData(0x43143ff3c1cb0959UL, "1424953923781206.2")]
    public void FormatNumber_Rfc8785AppendixB_MatchesTheRfc(ulong bits, string expected)
    {
        Assert.Equal(expected, CanonicalJson.FormatNumber(BitConverter.UInt64BitsToDouble(bits)));
    }

    [Theory]
    [InlineData(0x7fffffffffffffffUL)]
    [InlineData(0x7ff0000000000000UL)]
    [InlineData(0xfff0000000000000UL)]
    public void FormatNumber_NaNOrInfinity_Throws(ulong bits)
    {
        var exception = Assert.Throws<CanonicalJsonException>(() => CanonicalJson.FormatNumber(BitConverter.UInt64BitsToDouble(bits)));
        Assert.Equal(CanonicalJsonError.NonFiniteNumber, exception.Error);
    }

    [Theory]
    [InlineData("-0", "0")]
    [InlineData("-0.0", "0")]
    [InlineData("1e21", "1e+21")]
    [InlineData("1e20", "100000000000000000000")]
    [InlineData("5e-324", "5e-324")]
    [InlineData("12345678901234567890", "12345678901234567000")]
    [InlineData("9007199254740993", "9007199254740992")]
    [InlineData("1.0", "1")]
    [InlineData("0.1", "0.1")]
    [InlineData("1e-7", "1e-7")]
    [InlineData("123e-9", "1.23e-7")]
    [InlineData("-1.5E+3", "-1500")]
    [InlineData("100", "100")]
    public void Canonicalize_NumberLiterals_UseEcmaScriptFormatting(string literal, string expected)
    {
        Assert.Equal(expected, Canonical(literal));
    }

    [Theory]
    [InlineData("\"\\u0000\\u001f\\b\\f\\n\\r\\t\"", "\"\\u0000\\u001f\\b\\f\\n\\r\\t\"")]
    [InlineData("\"\\u007f\\u00e9\\u4e2d\"", "\"\u007f\u00e9\u4e2d\"")]
    [InlineData("\"\\ud83d\\ude00\"", "\"😀\"")]
    [InlineData("\"\\/<>&'\"", "\"/<>&'\"")]
    [InlineData("\"\\\"\\\\\"", "\"\\\"\\\\\"")]
    public void Canonicalize_Strings_EscapeOnlyWhatJcsRequires(string literal, string expected)
    {
        Assert.Equal(expected, Canonical(literal));
    }

    [Theory]
    [InlineData("\"\\ud800\"")]
    [InlineData("\"\\udc00\"")]
    [InlineData("\"a\\ud83dz\"")]
    [InlineData("{\"\\ud800\":1}")]
    public void Canonicalize_LoneSurrogate_IsRejected(string json)
    {
        var exception = Assert.Throws<CanonicalJsonException>(() => Canonical(json));
        Assert.Equal(CanonicalJsonError.LoneSurrogate, exception.Error);
    }

    [Theory]
    [InlineData("1e400")]
    [InlineData("-1e400")]
    [InlineData("[1, 2e999]")]
    public void Canonicalize_NumberBeyondDoubleRange_IsRejected(string json)
    {
        var exception = Assert.Throws<CanonicalJsonException>(() => Canonical(json));
        Assert.Equal(CanonicalJsonError.NonFiniteNumber, exception.Error);
    }

    [Fact]
    public void Canonicalize_DuplicateKey_IsRejected()
    {
        var exception = Assert.Throws<CanonicalJsonException>(() => Canonical("{\"a\":1,\"b\":2,\"a\":3}"));
        Assert.Equal(CanonicalJsonError.DuplicateKey, exception.Error);
    }

    [Theory]
    [InlineData("{\"a\":")]
    [InlineData("[1,]")]
    [InlineData("NaN")]
    [InlineData("")]
    public void Canonicalize_NotJson_IsRejected(string json)
    {
        var exception = Assert.Throws<CanonicalJsonException>(() => Canonical(json));
        Assert.Equal(CanonicalJsonError.InvalidJson, exception.Error);
    }

    [Fact]
    public void Canonicalize_NestingBeyondMaxDepth_IsRejected()
    {
        var json = new string('[', CanonicalJson.MaxDepth + 1) + new string(']', CanonicalJson.MaxDepth + 1);
        var exception = Assert.Throws<CanonicalJsonException>(() => Canonical(json));
        Assert.Equal(CanonicalJsonError.TooDeep, exception.Error);
    }

    [Fact]
    public void Canonicalize_NestingAtMaxDepth_IsAccepted()
    {
        var json = new string('[', CanonicalJson.MaxDepth) + new string(']', CanonicalJson.MaxDepth);
        Assert.Equal(json, Canonical(json));
    }

    [Fact]
    public void Canonicalize_WhitespaceAndOrder_AreNormalized()
    {
        Assert.Equal("{\"a\":[1,{\"x\":null,\"y\":\"z\"}],\"b\":true}", Canonical(" { \"b\" : true ,\n \"a\" : [ 1 , { \"y\" : \"z\", \"x\" : null } ] } "));
    }

    [Fact]
    public void Canonicalize_TextWrittenFromAJsonNode_SortsMembersAndWritesNumbersCanonically()
    {
        var node = new JsonObject
        {
            ["zeta"] = 1.5,
            ["alpha"] = new JsonArray(1, 2L, 3.0m, "三", true, null),
            ["mid"] = new JsonObject { ["b"] = -0.0, ["a"] = 1e21 },
        };
        Assert.Equal(
            "{\"alpha\":[1,2,3,\"三\",true,null],\"mid\":{\"a\":1e+21,\"b\":0},\"zeta\":1.5}",
            Canonical(node.ToJsonString()));
    }
}
