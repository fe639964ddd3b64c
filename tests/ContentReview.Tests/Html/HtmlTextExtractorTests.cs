using ContentReview.Html;

namespace ContentReview.Tests.Html;

/// <summary>The tolerant HTML tokenizer: what text a reader sees, and the map back into the HTML.</summary>
public class HtmlTextExtractorTests
{
    /// <summary>case id, HTML, extracted text.</summary>
    public static TheoryData<string, string, string> TextCases => new()
    {
        { "plain", "台湾政府", "台湾政府" },
        { "inline-tags-do-not-break", "台<b>湾</b>政<span class=\"x\">府</span>", "台湾政府" },
        { "inline-a-font-strong", "<a href='/x'>国</a><font color=red>土</font><strong>资源</strong>部", "国土资源部" },
        { "block-p-breaks", "<p>第一段</p><p>第二段</p>", "第一段\n第二段\n" },
        { "br-breaks", "甲<br>乙<br/>丙<BR />丁", "甲\n乙\n丙\n丁" },
        { "div-li-h-td", "<div><h1>标题</h1><ul><li>一</li><li>二</li></ul><table><tr><td>格</td><td>子</td></tr></table></div>", "标题\n一\n二\n格\n子\n" },
        { "comment-skipped", "甲<!-- 国土资源部 -->乙", "甲乙" },
        { "unclosed-comment-runs-to-end", "甲<!-- 乙", "甲" },
        { "script-skipped", "甲<script>var s = '<p>国土资源部</p>';</script>乙", "甲乙" },
        { "style-skipped-case-insensitive", "甲<STYLE>p { color: red }</Style>乙", "甲乙" },
        { "script-unclosed-runs-to-end", "甲<script>乙", "甲" },
        { "doctype-and-pi", "<!DOCTYPE html><?xml version=\"1.0\"?>甲", "甲" },
        { "cdata-skipped", "甲<![CDATA[乙]]>丙", "甲丙" },
        { "attribute-with-gt", "<a title=\"a > b\">甲</a>", "甲\na > b" },
        { "attribute-single-quoted-gt", "<img alt='x>y' src=a.png>甲", "甲\nx>y" },
        { "alt-after-body", "<p>台湾</p><img alt=\"政府\">", "台湾\n政府" },
        { "inline-img-alt-does-not-split-body", "台<img alt=\"图\">湾", "台湾\n图" },
        { "alt-and-title-each-a-paragraph", "<a title=\"甲\" href=\"x\"><img ALT=\"乙\"></a>丙", "丙\n甲\n乙" },
        { "attribute-only", "<img alt=\"图\">", "图" },
        { "meta-description", "<meta name=\"description\" content=\"国土资源部\">甲", "甲\n国土资源部" },
        { "meta-keywords-content-first", "<meta content='甲,乙' name=KEYWORDS>", "甲,乙" },
        { "meta-other-not-reviewed", "<meta name=\"author\" content=\"国土资源部\">甲", "甲" },
        { "other-attributes-not-reviewed", "<a href=\"国土\" data-title=\"资源\" class=\"部\">甲</a>", "甲" },
        { "entity-in-attribute", "<img alt=\"&ldquo;一带一路&rdquo;&amp\">", "\u201C一带一路\u201D&" },
        { "attribute-legacy-entity-before-equals-kept", "<img alt=\"a&copy=b\">", "a&copy=b" },
        { "attribute-legacy-entity-before-letter-kept", "<img alt=\"&ampx\">", "&ampx" },
        { "attribute-legacy-entity-before-space-decoded", "<img alt=\"&copy 2026\">", "\u00A9 2026" },
        { "attribute-numeric-without-semicolon-decoded", "<img alt=\"&#22269x\">", "国x" },
        { "empty-or-blank-attribute-ignored", "甲<img alt=\"\" title=\" \">乙", "甲乙" },
        { "unquoted-attribute", "<img alt=国土 src=x>", "国土" },
        { "attribute-newline-becomes-space", "<img alt=\"国\n土\">", "国 土" },
        { "closing-tag-attributes-ignored", "甲</a title=\"乙\">", "甲" },
        { "lone-lt-is-text", "1 < 2 且 3<4", "1 < 2 且 3<4" },
        { "unclosed-tag-is-text", "甲<b 乙", "甲<b 乙" },
        { "named-entities", "&ldquo;一带一路&rdquo;&mdash;&hellip;&nbsp;&amp;&lt;&gt;&quot;", "\u201C一带一路\u201D\u2014\u2026\u00A0&<>\"" },
        { "numeric-entities", "&#22269;&#x571F;&#X8D44;", "国土资" },
        { "astral-entity", "&#x20BB7;", "\U00020BB7" },
        { "invalid-code-point", "&#0;&#xD800;&#x110000;", "\uFFFD\uFFFD\uFFFD" },
        { "unknown-entity-kept", "&foo;&#;&", "&foo;&#;&" },
        { "legacy-without-semicolon", "&nbsp甲&amp乙", "\u00A0甲&乙" },
        { "non-legacy-needs-semicolon", "&ldquo甲", "&ldquo甲" },
        { "source-newlines-become-spaces", "国土\n资源部\r\n\t", "国土 资源部   " },
        { "no-leading-break", "<p>甲</p>", "甲\n" },
        { "consecutive-blocks-one-break", "甲</p><p><div>乙", "甲\n乙" },
    };

    [Theory]
    [MemberData(nameof(TextCases))]
    public void Extract_Html_GivesReaderText(string caseId, string html, string expected)
    {
        var text = HtmlTextExtractor.Extract(html).Text;
        Assert.True(expected == text, $"{caseId}: got '{text.Replace("\n", "\\n", StringComparison.Ordinal)}'");
    }

    [Fact]
    public void MapSpan_EntitySpan_CoversWholeEntity()
    {
        var html = "甲&ldquo;乙&rdquo;丙";
        var t = HtmlTextExtractor.Extract(html);
        Assert.Equal("甲\u201C乙\u201D丙", t.Text);
        var (s, l) = t.MapSpan(1, 3);
        Assert.Equal("&ldquo;乙&rdquo;", html.Substring(s, l));
        (s, l) = t.MapSpan(2, 1);
        Assert.Equal("乙", html.Substring(s, l));
    }

    [Fact]
    public void MapSpan_AcrossTags_FromFirstToLastCharacter()
    {
        var html = "<p>台<b>湾</b>政府</p>";
        var t = HtmlTextExtractor.Extract(html);
        var (s, l) = t.MapSpan(t.Text.IndexOf('台', StringComparison.Ordinal), 2);
        Assert.Equal("台<b>湾", html.Substring(s, l));
    }

    [Fact]
    public void MapSpan_AstralEntity_BothHalvesMapToTheEntity()
    {
        var html = "&#x20BB7;";
        var t = HtmlTextExtractor.Extract(html);
        Assert.Equal((0, 9), t.MapSpan(0, 2));
        Assert.Equal((0, 9), t.MapSpan(1, 1));
    }

    [Theory]
    [InlineData("alt", "<p>正文</p><img src=\"a.png\" alt=\"国土资源部\">", "国土资源部", "国土资源部")]
    [InlineData("title-with-entity", "<a title=\"台湾&nbsp;政府\" href=\"#\">链接</a>", "台湾\u00A0政府", "台湾&nbsp;政府")]
    [InlineData("numeric-entity", "<img alt='&#22269;土'>", "国土", "&#22269;土")]
    [InlineData("meta", "<meta name=\"description\" content=\"原国土资源部\">", "国土资源部", "国土资源部")]
    public void MapSpan_AttributeText_PointsIntoTheAttributeValue(string caseId, string html, string find, string expectedSource)
    {
        var t = HtmlTextExtractor.Extract(html);
        int at = t.Text.IndexOf(find, StringComparison.Ordinal);
        Assert.True(at >= 0, $"{caseId}: '{find}' not in '{t.Text}'");
        var (s, l) = t.MapSpan(at, find.Length);
        Assert.True(expectedSource == html.Substring(s, l), $"{caseId}: mapped to '{html.Substring(s, l)}'");
        Assert.Equal(html.IndexOf(expectedSource, StringComparison.Ordinal), s);
    }

    [Fact]
    public void Extract_RandomHtmlLikeInput_NeverThrowsAndMapsMonotonically()
    {
        var rng = new Random(7);
        string[] pieces = ["<", ">", "&", ";", "#", "x", "p", "b", "/", "!", "-", "\"", "'", "=", " ", "甲", "乙", "script", "amp", "\n"];
        for (int round = 0; round < 2000; round++)
        {
            var html = string.Concat(Enumerable.Range(0, rng.Next(0, 30)).Select(_ => pieces[rng.Next(pieces.Length)]));
            var t = HtmlTextExtractor.Extract(html);
            int lastEnd = 0;
            for (int i = 0; i < t.Text.Length; i++)
            {
                var (s, l) = t.MapSpan(i, 1);
                Assert.True(s >= 0 && l >= 0 && s + l <= html.Length, html);
                Assert.True(s + l >= lastEnd || t.Text[i] == '\n', html);
                lastEnd = Math.Max(lastEnd, s + l);
            }
        }
    }
}
