#!/usr/bin/python3
"""Generates jieba-agreement.jsonl: inputs and Python jieba's output, for JiebaAgreementTests.

Run with Debian's python3-jieba:  /usr/bin/python3 generate-agreement.py > jieba-agreement.jsonl
The inputs are sentences written for this test plus random text built from jieba's own dictionary, random CJK
characters (unknown to the dictionary, so the HMM is exercised), ASCII words and numbers, punctuation, whitespace
(including CR LF, U+3000 and U+001C) and supplementary characters. Fixed seed: the output is reproducible.
Each line: {"id": N, "text": ..., "off": [...], "on": [...], "search": [...]}  (search = cut_for_search with HMM on).
"""
import json
import os
import random
import sys

import jieba

jieba.setLogLevel(60)
rng = random.Random(20261122)

WRITTEN = [
    "我来到北京清华大学",
    "他来到了网易杭研大厦",
    "小明硕士毕业于中国科学院计算所，后在日本京都大学深造",
    "深入学习贯彻习近平新时代中国特色社会主义思想，全面贯彻党的二十大精神。",
    "中华人民共和国全国人民代表大会常务委员会第十次会议于2024年3月5日在北京召开。",
    "各地区各部门要坚持以人民为中心的发展思想，持续优化营商环境。",
    "集中共享数据资源，推进政务服务“一网通办”。",
    "路口交通信号灯已于本周完成改造。",
    "这给群众带来了大麻烦。",
    "平台独立运营，打倒中共的言论和台独分子的行径必须批驳。",
    "依据《中华人民共和国行政许可法》第三十二条，行政机关应当在20日内作出决定。",
    "2025年GDP增长5.2%，CPI上涨0.2%，iPhone 16售价为5999元。",
    "联系电话：010-12345678，邮箱：test_mail@example.gov.cn。",
    "C++和C#都是编程语言，AT&T是一家公司。",
    "全角空格\u3000与制表符\t以及换行\r\n都要保留",
    "表情😀和生僻字𠀀不应拆坏代理对。",
    "工信处女干事每月经过下属科室都要亲口交代24口交换机等技术性器件的安装工作",
    "结婚的和尚未结婚的",
    "南京市长江大桥",
    "乒乓球拍卖完了",
    "",
    "   ",
    "abc123def.45%xyz",
    "3.1415926是圆周率，50%的人不知道。",
    "第一届、第二届……第N届",
    "王小二、李四和张三丰都来了",
    "蔡英文和马英九",
    "区块链技术在政务数据共享中的应用研究",
    "习近平总书记强调，要坚定不移推进全面从严治党。",
    "国务院办公厅关于印发《政务信息资源共享管理暂行办法》的通知",
]

words = []
with open(os.path.join(os.path.dirname(jieba.__file__), "dict.txt"), encoding="utf-8") as f:
    for line in f:
        w, freq = line.split(" ")[:2]
        words.append((w, int(freq)))
common = [w for w, f in words if f >= 200]
rare = [w for w, f in words]

PUNCT = list("，。、；：？！“”‘’（）《》【】—…·,.;:?!()[]{}<>\"'/\\|@$^*=~`")
SPACES = [" ", "  ", "\t", "\u3000", "\r\n", "\n", "\x1c", "\xa0"]
ASCII = ["iPhone", "GDP", "5G", "2024", "3.14", "50%", "v1.2.3", "A股", "U盘", "e-mail", "C++", "C#", "x", "Q", "0", "9", "AT&T", "abc_def", "a.b", "1-2", "+86", "#tag", "%"]
OTHER = ["😀", "𠀀", "é", "ß", "Ω", "①", "㐀", "龥", "鿕", "鿖", "〇", "ｱ", "ａｂｃ", "１２３"]


def rand_cjk():
    return chr(rng.randint(0x4E00, 0x9FD5))


def piece():
    r = rng.random()
    if r < 0.45:
        return rng.choice(common)
    if r < 0.60:
        return rng.choice(rare)
    if r < 0.72:
        return "".join(rand_cjk() for _ in range(rng.randint(1, 4)))
    if r < 0.82:
        return rng.choice(PUNCT)
    if r < 0.88:
        return rng.choice(ASCII)
    if r < 0.93:
        return rng.choice(SPACES)
    return rng.choice(OTHER)


def random_line():
    return "".join(piece() for _ in range(rng.randint(1, 25)))


texts = list(WRITTEN)
while len(texts) < 2000:
    texts.append(random_line())

out = sys.stdout
for i, t in enumerate(texts):
    rec = {
        "id": i,
        "text": t,
        "off": list(jieba.cut(t, HMM=False)),
        "on": list(jieba.cut(t, HMM=True)),
        "search": list(jieba.cut_for_search(t, HMM=True)),
    }
    assert "".join(rec["off"]) == t and "".join(rec["on"]) == t
    out.write(json.dumps(rec, ensure_ascii=False) + "\n")
