"""Shared helpers for building the built-in lexicon (lexicons/rules/*.yaml).

The YAML files are the product; the build_*.py scripts hold the source tables (wrong form, right form, public source)
and write them out with consistent context conditions. Run `python3 tests/tools/lexicon/build.py` from the repo root.
"""
import bz2
import re

PREFIX = {
    "political-term": "political-", "agency-name": "agency-", "leader-title": "leader-", "cross-strait": "cross-",
    "territory": "territory-", "ethnic-religious": "ethnic-", "international": "international-",
    "discriminatory": "discriminatory-", "typo": "typo-", "confusable": "confusable-", "sensitive": "sensitive-",
}

# ---- public sources (cited in every rule's `source`) ----
XH = "《新华社新闻信息报道中的禁用词和慎用词》（2016年7月修订版，在2015年11月《新华社新闻报道中的禁用词（第一批）》基础上增补）"
XH_SOC = XH + "一、时政和社会生活类"
XH_LAW = XH + "二、法律法规类"
XH_ETH = XH + "三、民族宗教类"
XH_TER = XH + "四、涉及我领土、主权和港澳台"
XH_INT = XH + "五、国际关系类"
SC1993 = "《国务院机构改革方案》，第八届全国人民代表大会第一次会议1993年3月22日批准"
SC1998 = "《国务院机构改革方案》，第九届全国人民代表大会第一次会议1998年3月10日批准"
SC2003 = "《国务院机构改革方案》，第十届全国人民代表大会第一次会议2003年3月10日批准"
SC2008 = "《国务院机构改革方案》，第十一届全国人民代表大会第一次会议2008年3月15日批准"
SC2013 = "《国务院机构改革和职能转变方案》，第十二届全国人民代表大会第一次会议2013年3月14日批准"
SC2018 = "《国务院机构改革方案》，第十三届全国人民代表大会第一次会议2018年3月17日批准"
PS2018 = "《深化党和国家机构改革方案》，中共中央2018年3月21日印发"
SC2023 = "《国务院机构改革方案》，第十四届全国人民代表大会第一次会议2023年3月10日批准"
PS2023 = "《党和国家机构改革方案》，中共中央、国务院2023年3月16日印发"
LOCAL2018 = "《深化党和国家机构改革方案》（2018年3月）“深化地方机构改革”及各省（自治区、直辖市）机构改革方案（2018—2019年）"
LOCAL2023 = "《党和国家机构改革方案》（2023年3月）“地方机构改革”及各省（自治区、直辖市）机构改革方案（2023—2024年）"
NPC2018 = "《第十三届全国人民代表大会第一次会议关于设立第十三届全国人民代表大会专门委员会的决定》（2018年3月13日）"
GOVWEB = "《国务院办公厅秘书局关于印发政府网站与政务新媒体检查指标、监管工作年度考核指标的通知》（国办秘函〔2019〕19号）“严重表述错误”单项否决指标"
YWJZ100 = "《咬文嚼字》编辑部《当代汉语出版物中最常见的100个别字》（2005年4月22日公布）"
YXC = "《第一批异形词整理表》（GF 1001—2001，教育部、国家语言文字工作委员会2001年12月19日发布）"
GFHZ = "《通用规范汉字表》（国务院2013年6月5日公布）及《现代汉语规范词典》（第4版，2021年）"
TYPO_GW = "公文常见错别字，以《现代汉语词典》（第7版，2016年）、《现代汉语规范词典》（第4版，2021年）规范词形为准"
IDIOM = "成语规范词形：《现代汉语词典》（第7版，商务印书馆2016年）、《现代汉语规范词典》（第4版，2021年）"
PLACE = "民政部《中华人民共和国行政区划简册》及全国行政区划信息查询平台（规范地名用字）"
MFA = "外交部网站“国家和组织”栏目所列中文国名；《外语地名汉字译写导则》（GB/T 17693系列国家标准）"
WEB_RULES = "《互联网信息服务管理办法》（国务院令第292号）第十五条；《网络信息内容生态治理规定》（国家互联网信息办公室令第5号，2019年12月15日）第六条"
CULT = "公安部《关于认定和取缔邪教组织若干问题的通知》（2000年）及公安部等部门公布认定的邪教组织名单；" + WEB_RULES
TERROR = "公安部认定的第一批“东突”恐怖组织名单（2003年12月15日）；《中华人民共和国反恐怖主义法》（2015年）"
DRUG = "《中华人民共和国禁毒法》（2007年）；《麻醉药品品种目录》《精神药品品种目录》（2013年版）；" + WEB_RULES
GAMBLE = "《中华人民共和国刑法》第三百零三条（赌博罪、开设赌场罪）；《彩票管理条例》（国务院令第554号，2009年）；" + WEB_RULES
PORN = "《中华人民共和国治安管理处罚法》第六十八条；" + WEB_RULES
REACT = WEB_RULES + "（反对宪法确定的基本原则、颠覆国家政权、煽动分裂国家的信息）"
TAIWAN2002 = "《关于正确使用涉台宣传用语的意见》（国务院台湾事务办公室等，2002年）；" + XH_TER
ONECHINA = "《反分裂国家法》（2005年3月14日）；" + XH_TER

# 'historical': a name is history when preceded by 原/前 (also 原省…, 原市…), or when a year before the reform is in the sentence
NP_HIST = ["原", "前", "原国家", "原省", "原市", "原县", "原区", "原州", "原自治区", "原中央"]
# foreign ministries share generic names (美国农业部, 日本文化部): not our outdated agencies
FOREIGN = ["美国", "日本", "英国", "法国", "德国", "俄罗斯", "韩国", "澳大利亚", "加拿大", "印度", "巴西",
           "意大利", "西班牙", "泰国", "越南", "新加坡", "马来西亚", "印尼", "菲律宾", "以色列", "伊朗", "埃及", "南非", "新西兰", "荷兰", "瑞士", "瑞典",
           "乌克兰", "哈萨克斯坦", "巴基斯坦", "阿根廷", "墨西哥", "土耳其", "沙特", "朝鲜", "蒙古", "该国", "两国", "各国", "外国", "他国", "对方", "欧盟",
           "联邦"]


def years_before(year):
    """Literal terms that mark a sentence as dated before `year` (used in nearby.none)."""
    out = ["195", "196", "197", "198", "199"] if year > 2000 else [str(y) + "年" for y in range(1949, year)]
    if year > 2000:
        out += [str(y) + "年" for y in range(2000, year)]
    return out


def hist_nearby(year):
    return {"none": years_before(year)}


_PINYIN = None


def pinyin(s):
    global _PINYIN
    if _PINYIN is None:
        _PINYIN = {}
        with bz2.open("/usr/share/unicode/Unihan_Readings.txt.bz2", "rt", encoding="utf-8") as f:
            for line in f:
                if "\tkMandarin\t" in line:
                    cp, _, val = line.rstrip("\n").split("\t")
                    _PINYIN[chr(int(cp[2:], 16))] = val.split()[0]
    import unicodedata
    out = []
    for ch in s:
        p = _PINYIN.get(ch)
        if p is None:
            if ch.isascii() and ch.isalnum():
                out.append(ch.lower())
            continue
        p = unicodedata.normalize("NFD", p)
        p = "".join(c for c in p if not unicodedata.combining(c)).replace("ü", "v")
        out.append(p)
    return "".join(out)


class Cat:
    def __init__(self, category):
        self.category = category
        self.rules = []
        self.allow = []
        self.ids = set()

    def add(self, id, severity, message, source, patterns=None, regex=None, suggestions=None, np=None, nf=None,
            nearby=None, whole_word=None, exact=None, allow=None, effective=None, tags=None):
        prefix = PREFIX[self.category]
        if not id.startswith(prefix):
            id = prefix + id
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", id), id
        assert id not in self.ids, id
        self.ids.add(id)
        r = {"id": id, "severity": severity}
        if patterns is not None:
            r["patterns"] = list(patterns)
        if regex is not None:
            r["regex"] = regex
        if suggestions is not None:
            r["suggestions"] = list(suggestions)
        elif severity == "error":
            raise ValueError("error rule without suggestions: " + id)
        r["message"] = message
        r["source"] = source
        if np:
            r["not-preceded-by"] = list(np)
        if nf:
            r["not-followed-by"] = list(nf)
        if nearby:
            r["nearby"] = nearby
        if whole_word:
            r["whole-word"] = True
        if exact:
            r["exact"] = True
        if allow:
            r["allow"] = list(allow)
        if effective:
            r["effective"] = effective
        if tags:
            r["tags"] = list(tags)
        self.rules.append(r)
        return r


def dump(cat, path, header):
    import yaml

    class D(yaml.SafeDumper):
        pass

    def list_repr(dumper, data):
        flow = all(isinstance(x, str) for x in data)
        return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)

    def str_repr(dumper, data):
        return dumper.represent_scalar("tag:yaml.org,2002:str", data)

    D.add_representer(list, list_repr)
    D.add_representer(str, str_repr)
    doc = {"category": cat.category}
    if cat.allow:
        doc["allow"] = sorted(set(cat.allow))
    doc["rules"] = cat.rules
    text = yaml.dump(doc, Dumper=D, allow_unicode=True, sort_keys=False, width=200, default_flow_style=False)
    # a blank line between rules for readability
    text = text.replace("\n- id: ", "\n\n- id: ")
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        f.write(text)
