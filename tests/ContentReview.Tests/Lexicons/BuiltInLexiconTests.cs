using System.Text.RegularExpressions;
using ContentReview.Lexicons;

namespace ContentReview.Tests.Lexicons;

/// <summary>
/// The built-in lexicon (lexicons/rules/*.yaml, embedded in the library): completeness of every rule, id stability
/// against the checked-in snapshot rule-ids.txt, and positive / negative sentences per category through the default reviewer.
/// </summary>
public partial class BuiltInLexiconTests
{
    private static readonly Lazy<ContentReviewer> Reviewer = new(ContentReviewer.CreateDefault);

    private static IReadOnlyList<LexiconRule> Rules => BuiltInLexicon.Get().SelectMany(f => f.Rules).ToList();

    /// <summary>Category → the prefix every rule id of that category starts with.</summary>
    private static readonly Dictionary<string, string> Prefixes = new()
    {
        ["political-term"] = "political-",
        ["agency-name"] = "agency-",
        ["leader-title"] = "leader-",
        ["cross-strait"] = "cross-",
        ["territory"] = "territory-",
        ["ethnic-religious"] = "ethnic-",
        ["international"] = "international-",
        ["discriminatory"] = "discriminatory-",
        ["typo"] = "typo-",
        ["confusable"] = "confusable-",
        ["sensitive"] = "sensitive-",
    };

    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("[\u4e00-\u9fff]")]
    private static partial Regex Cjk();

    [Fact]
    public void BuiltIn_HasAtLeast800Rules()
    {
        Assert.True(Rules.Count >= 800, $"only {Rules.Count} built-in rules");
    }

    [Fact]
    public void BuiltIn_OneFilePerKnownCategory()
    {
        var files = BuiltInLexicon.Get();
        Assert.Equal(Prefixes.Keys.Order(StringComparer.Ordinal), files.Select(f => f.Category!).Order(StringComparer.Ordinal));
        foreach (var file in files)
        {
            Assert.EndsWith("/" + file.Category + ".yaml", file.Name, StringComparison.Ordinal);
            Assert.All(file.Rules, r => Assert.Equal(file.Category, r.Category));
        }
    }

    [Fact]
    public void BuiltIn_EveryRuleHasChineseMessageAndDatedPublicSource()
    {
        var bad = Rules.Where(r => string.IsNullOrWhiteSpace(r.Message) || !Cjk().IsMatch(r.Message) ||
                                   string.IsNullOrWhiteSpace(r.Source) || r.Source.Length < 8 || !Regex.IsMatch(r.Source, @"\d{4}|GB|GF|《"))
            .Select(r => r.Id).ToList();
        Assert.True(bad.Count == 0, "rules without a Chinese message or a public source: " + string.Join(", ", bad));
    }

    [Fact]
    public void BuiltIn_ErrorRulesSuggestAFixOrExplainWhyNot()
    {
        // An error either suggests the replacement, or (suggestions: []) explains in the message what to do instead.
        var bad = Rules.Where(r => r.Severity == Severity.Error && r.Suggestions.Count == 0 && r.Message.Length < 15)
            .Select(r => r.Id).ToList();
        Assert.True(bad.Count == 0, "error rules without suggestion or explanation: " + string.Join(", ", bad));
    }

    [Fact]
    public void BuiltIn_SuggestionsDifferFromThePattern()
    {
        var bad = Rules.Where(r => r.Patterns.Count == 1 && r.Suggestions.Contains(r.Patterns[0])).Select(r => r.Id).ToList();
        Assert.True(bad.Count == 0, "rules suggesting the flagged text itself: " + string.Join(", ", bad));
    }

    [Fact]
    public void BuiltIn_IdsAreUniqueWellFormedAndCategoryPrefixed()
    {
        var duplicates = Rules.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "duplicate ids: " + string.Join(", ", duplicates));
        var malformed = Rules.Where(r => !IdPattern().IsMatch(r.Id) || !r.Id.StartsWith(Prefixes[r.Category], StringComparison.Ordinal))
            .Select(r => r.Id).ToList();
        Assert.True(malformed.Count == 0, "malformed or wrongly prefixed ids: " + string.Join(", ", malformed));
    }

    [Fact]
    public void BuiltIn_NoLiteralPatternBelongsToTwoRules()
    {
        // Two rules on the same literal would report the same span twice with possibly different fixes.
        var shared = Rules.SelectMany(r => r.Patterns.Select(p => (Pattern: p, r.Id)))
            .GroupBy(x => x.Pattern, StringComparer.Ordinal)
            .Where(g => g.Select(x => x.Id).Distinct().Count() > 1)
            .Select(g => g.Key + " (" + string.Join(", ", g.Select(x => x.Id)) + ")").ToList();
        Assert.True(shared.Count == 0, "patterns in more than one rule: " + string.Join("; ", shared));
    }

    [Fact]
    public void BuiltIn_TypoRulesNeverUseWholeWord()
    {
        // Typos split words by nature: a boundary test would hide them.
        var bad = Rules.Where(r => r.Category == Categories.Typo && r.WholeWord).Select(r => r.Id).ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void BuiltIn_RuleIdsMatchTheCheckedInSnapshot()
    {
        // Deployments disable rules by id, so an id must never disappear or change. New rules are added to the snapshot
        // (one id a line, sorted) in the same commit: regenerate with tests/tools/lexicon/snapshot_ids.py.
        var path = Path.Combine(RepoPaths.Root, "tests", "ContentReview.Tests", "Lexicons", "rule-ids.txt");
        var snapshot = File.ReadAllLines(path).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')).ToHashSet(StringComparer.Ordinal);
        var current = Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var removed = snapshot.Except(current).Order(StringComparer.Ordinal).ToList();
        var added = current.Except(snapshot).Order(StringComparer.Ordinal).ToList();
        Assert.True(removed.Count == 0, "rule ids removed or renamed (ids are stable; disable a rule with a deployment file instead): " + string.Join(", ", removed));
        Assert.True(added.Count == 0, "new rule ids missing from rule-ids.txt: " + string.Join(", ", added));
    }

    /// <summary>case id, text, expected rule id, expected flagged text, expected first suggestion (null: none asserted).</summary>
    public static TheoryData<string, string, string, string, string?> Positives => new()
    {
        { "political-jinian-jiandang", "热烈纪念中国共产党建党100周年。", "political-jinian-jiandang", "纪念", "庆祝" },
        { "political-jinian-chengli", "隆重纪念中华人民共和国成立70周年。", "political-jinian-jiandang", "纪念", "庆祝" },
        { "political-jiandang-nian", "全区开展建党100年系列宣传活动。", "political-jiandang-nian", "建党100年", "建党100周年" },
        { "political-yidaiyilu", "积极参与“一带一路”战略。", "political-yidaiyilu-zhanlue", "“一带一路”战略", "“一带一路”倡议" },
        { "political-buwangchuxin", "扎实开展不忘初心，牢记使命主题教育。", "political-buwangchuxin-comma", "不忘初心，牢记使命", "不忘初心、牢记使命" },
        { "political-barongbachi", "大力倡导八荣八耻。", "political-barongbachi", "八荣八耻", "社会主义荣辱观" },
        { "political-zhengfubaogao", "认真学习贯彻政府报告精神。", "political-zhengfubaogao", "政府报告", "政府工作报告" },
        { "agency-national", "国土资源部办公厅印发通知。", "agency-2018-guotuziyuanbu", "国土资源部", "自然资源部" },
        { "agency-national-split", "国家质检总局已发布相关标准。", "agency-2018-zhijianzongju", "国家质检总局", "国家市场监督管理总局" },
        { "agency-local-short", "区卫计委组织开展义诊活动。", "agency-local-weijiwei", "卫计委", "卫健委" },
        { "agency-local-huanbaoju", "市环保局开展执法检查。", "agency-local-huanbaoju", "环保局", "生态环境局" },
        { "agency-local-gongshangju", "县工商局查处一批假冒商品。", "agency-local-gongshangju", "工商局", "市场监督管理局" },
        { "agency-connective", "国家发展与改革委员会发布通知。", "agency-fagaiwei-yu", "发展与改革委员会", "发展和改革委员会" },
        { "agency-2023-yinbaojian", "银保监会发布监管通知。", "agency-2023-yinbaojianhui", "银保监会", "国家金融监督管理总局" },
        { "agency-fazhiban", "国务院法制办公室公开征求意见。", "agency-2018-fazhiban", "国务院法制办公室", "司法部" },
        { "leader-dup", "仓山区区委书记主持召开专题会议。", "leader-dup-dangwei", "区区委", "区委" },
        { "leader-npc-vice", "全国人大副委员长出席会议。", "leader-quanguorenda-fuweiyuanzhang", "全国人大副委员长", "全国人大常委会副委员长" },
        { "leader-local-npc", "省人大副主任一行到我区检查指导工作。", "leader-renda-fuzhuren", "人大副主任", "人大常委会副主任" },
        { "leader-cunzhang", "村长带领村民修建了水渠。", "leader-cunzhang", "村长", "村主任" },
        { "cross-taiwan-zhengfu", "台湾政府宣布了新的经济政策。", "cross-taiwan-zhengfu", "台湾政府", "台湾当局" },
        { "cross-zongtong", "中华民国总统在活动中发表讲话。", "cross-zhonghuaminguo-zongtong", "中华民国总统", "台湾地区领导人" },
        { "cross-liangansandi", "两岸三地青年交流活动。", "cross-liangansandi", "两岸三地", "海峡两岸和香港" },
        { "cross-xianggang-zhengfu", "香港政府推出新措施。", "cross-xianggang-zhengfu", "香港政府", "香港特区政府" },
        { "cross-zhongtai", "中台关系出现新的变化。", "cross-zhongtai", "中台", "两岸" },
        { "territory-nansha", "所谓的斯普拉特利群岛，就是我国的南沙群岛。", "territory-sipulatelidao", "斯普拉特利群岛", "南沙群岛" },
        { "territory-xinjiang", "新疆自治区召开会议。", "territory-xinjiang-zizhiqu", "新疆自治区", "新疆维吾尔自治区" },
        { "ethnic-mengzu", "那达慕大会上，蒙族同胞载歌载舞。", "ethnic-mengzu", "蒙族", "蒙古族" },
        { "ethnic-mosuo", "泸沽湖畔的摩梭族保留着独特的风俗。", "ethnic-zhixi-mosuo", "摩梭族", "摩梭人" },
        { "ethnic-musilin-guojia", "多个穆斯林国家参加会议。", "ethnic-musilin-guojia", "穆斯林国家", "伊斯兰国家" },
        { "international-beichaoxian", "北朝鲜举行阅兵。", "international-beichaoxian", "北朝鲜", "朝鲜" },
        { "international-wto", "世界贸易组织成员国代表出席。", "international-chengyuanguo", "世界贸易组织成员国", "世界贸易组织成员" },
        { "discriminatory-xiazi", "社区为瞎子老人安装了语音门铃。", "discriminatory-disability-xiazi", "瞎子", "盲人" },
        { "typo-anzhuang", "为辖区老人按装了防滑扶手。", "typo-anzhuang", "按装", "安装" },
        { "typo-pobujidai", "群众迫不急待地想看到新家。", "typo-pobujidai", "迫不急待", "迫不及待" },
        { "typo-jingzhong", "安全生产要警钟常鸣。", "typo-jingzhongchangming", "警钟常鸣", "警钟长鸣" },
        { "typo-place", "齐齐哈市召开冬季供暖工作会议。", "typo-qiqihashi", "齐齐哈市", "齐齐哈尔市" },
        { "typo-variant", "文化活动丰富多采。", "typo-fengfuduocai", "丰富多采", "丰富多彩" },
        { "confusable-jiezhi", "截止2022年底，全市共建成5G基站1.2万个。", "confusable-jiezhi-jiezhi", "截止", "截至" },
        { "confusable-quanli", "人民代表大会是国家权利机关。", "confusable-quanli-jiguan", "权利机关", "权力机关" },
        { "sensitive-drug-sale", "长期出售冰毒，货到付款。", "sensitive-drug-sale", "出售冰毒", null },
        { "sensitive-cult-slogan", "法轮大法好", "sensitive-cult-slogan", "法轮大法好", null },
        { "sensitive-gamble", "真人荷官在线发牌，注册即玩。", "sensitive-gamble-terms", "真人荷官", null },
        { "agency-fire-brigade", "市公安消防支队开展灭火救援演练。", "agency-2018-gonganxiaofang", "公安消防支队", "消防救援支队" },
        { "agency-local-full-register", "市卫生和计划生育委员会召开会议。", "agency-local-weijiwei-full", "卫生和计划生育委员会", "卫生健康委员会" },
        { "agency-traditional", "國土資源部發佈了新規定。", "agency-2018-guotuziyuanbu", "國土資源部", "自然资源部" },
        { "cross-evasion", "台*湾*政*府宣布了新政策。", "cross-taiwan-zhengfu", "台*湾*政*府", "台湾当局" },
        { "political-zhulao", "筑牢中华民族共同体意识。", "political-zhulao-gongtongtiyishi", "筑牢中华民族共同体意识", "铸牢中华民族共同体意识" },
        { "typo-fuzhe", "坚决防止重蹈复辙。", "typo-fuzhe", "复辙", "覆辙" },
        { "leader-title-npc-local", "省人大常委会副委员长出席会议。", "leader-local-renda-weiyuanzhang", "省人大常委会副委员长", "省人大常委会副主任" },
    };

    [Theory]
    [MemberData(nameof(Positives))]
    public void Review_BuiltInRule_FlagsTheSpanWithTheFix(string caseId, string text, string ruleId, string span, string? suggestion)
    {
        var findings = Reviewer.Value.Review(text).Findings;
        var f = findings.FirstOrDefault(x => x.RuleId == ruleId);
        Assert.True(f is not null, $"{caseId}: {ruleId} not reported; got [{string.Join(", ", findings.Select(x => x.RuleId + ":" + x.Text))}]");
        Assert.Equal(span, f.Text);
        if (suggestion is not null)
        {
            Assert.Equal(suggestion, f.Suggestions.FirstOrDefault());
        }
    }

    /// <summary>case id, text: real-prose sentences that must yield no warning or error from the built-in lexicon.</summary>
    public static TheoryData<string, string> Negatives => new()
    {
        { "history-yuan", "原国土资源部、原国家工商行政管理总局于2018年撤销。" },
        { "history-yuan-local", "原市工商局的档案移交市场监管局保存。" },
        { "nongye-bumen", "各级农业部门要做好秋冬种技术指导。" },
        { "foreign-ministry", "美国农业部发布了大豆产量报告。" },
        { "jinian-danchen", "纪念毛泽东同志诞辰130周年座谈会在京举行。" },
        { "jinian-xinhai", "隆重纪念辛亥革命110周年。" },
        { "qingzhu", "热烈庆祝中国共产党成立100周年。" },
        { "jiandang-zhounian", "开展建党100周年系列宣传活动。" },
        { "jiandang-yilai", "建党100年来，我们党团结带领人民创造了伟大成就。" },
        { "jinianguan", "参观中国共产党建党100周年纪念馆。" },
        { "jizhong-gongxiang", "推进信息资源集中共享。" },
        { "lukou-jiaotong", "在十字路口交通协管员的指挥下通行。" },
        { "da-mafan", "这给群众带来了大麻烦。" },
        { "gongye-dama", "依法规范工业大麻种植管理。" },
        { "pingtai-duli", "新平台独立部署、统一运维。" },
        { "shuju-zhongtai", "加快建设城市数据中台和业务中台。" },
        { "buwangchuxin", "坚持不忘初心、牢记使命。" },
        { "yidaiyilu-changyi", "积极推进“一带一路”倡议与区域发展战略对接。" },
        { "jiezhi-shijian", "申请截止时间为10月31日。" },
        { "jiezhi-deadline", "报名于2023年5月1日截止。" },
        { "jiezhi-correct", "截至2022年底，全市共建成5G基站1.2万个。" },
        { "current-names", "自然资源部、生态环境部、农业农村部、国家卫生健康委员会、国家市场监督管理总局联合发文。" },
        { "taiwan-dangju", "台湾当局领导人的有关言论遭到两岸同胞批评。" },
        { "xianggang-tequ", "香港特区政府推出新措施。" },
        { "cunweihui", "村委会主任和驻村第一书记一起走访农户。" },
        { "nongcun-changxiao", "建立农村长效管护机制。" },
        { "anti-cult", "坚决打击“法轮功”邪教组织的违法犯罪活动。" },
        { "anti-drug", "开展禁毒宣传，引导群众远离冰毒、海洛因等毒品。" },
        { "kaoshiyuan", "省教育考试院发布高考报名公告。" },
        { "kuaiji-weipai", "推行会计委派制度。" },
        { "mama-de", "藏族和汉族是一个妈妈的女儿。" },
        { "zhiyuanzhe", "争做爱心志愿者，积极投身公益活动。" },
        { "baofei-qiche", "规范报废汽车回收管理。" },
        { "xingcheng-jiji", "形成积极合力，企业积极参与。" },
        { "ziji-jingchang", "自己经常深入基层调研，各自已经完成任务。" },
        { "yufang-fanzui", "加强预防犯罪工作。" },
        { "xiaoyuan", "校园满是欢声笑语，家园梦想成真。" },
        { "zhonghuarenmin", "中华人民共和国成立七十周年，坚持一国两制方针。" },
        { "zhongyang-jiwei", "中央纪委国家监委网站发布消息。" },
        { "dangzu", "局党组书记、局长主持会议。" },
        { "xiangzhen-renda", "镇人大主席团召开会议。" },
        { "quanqu", "全区上下凝心聚力、攻坚克难。" },
        { "pingtai-yuyan", "打造平台语言服务体系，舞台语言生动。" },
        { "chengli-weiyuanhui", "成立委员会负责统筹协调。" },
        { "chongdao-fuzhe", "以案为鉴，防止重蹈覆辙。" },
        { "zeyou-fuqiang", "择优扶强，重点扶持名牌。" },
        { "fading-hunling", "未达法定婚龄的不予登记。" },
        { "jibian-yi", "这里的东西既便宜又实惠。" },
        { "guoli-daxue", "美国州立大学和台湾国立大学的学费不同。" },
        { "bufen-fukuan", "按合同约定部分付款。" },
    };

    [Theory]
    [MemberData(nameof(Negatives))]
    public void Review_CleanProse_NoBuiltInLexiconFinding(string caseId, string text)
    {
        var ids = Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var bad = Reviewer.Value.Review(text).Findings
            .Where(f => f.Severity >= Severity.Warning && ids.Contains(f.RuleId))
            .Select(f => $"{f.RuleId}:{f.Text}").ToList();
        Assert.True(bad.Count == 0, $"{caseId}: false positives [{string.Join(", ", bad)}]");
    }
}
