#!/usr/bin/env python3
"""Writes the end-to-end fixture folders under files/input/ byte for byte.

Run from this directory: python3 make_fixtures.py. Invented text only. What each file should
give is listed in files/expected/<case>.tsv (checked by FixtureFilesTest).
"""
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def put(case, name, data):
    folder = os.path.join(HERE, "input", case)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def article(title, date, url, *paras, eol="\n"):
    return (eol.join((title, date, url) + paras) + eol).encode("utf-8")


# ---- basic: three good articles and one reject
put("basic", "001_good_recognises.txt", article(
    "Ghana restores its recognition of Kosovo", "20240305",
    "https://www.westafricadesk.example/2024/03/05/ghana-kosovo",
    "By Jane Doe: Ghana has formally recognised Kosovo, the foreign ministry in Accra said on Tuesday.",
    "\"Ghana recognises the Republic of Kosovo,\" Foreign Minister Kwabena Asante-Mensah told reporters."))
put("basic", "002_good_does_not_recognise.txt", article(
    "Uzbekistan says it does not recognise breakaway regions", "20240319",
    "https://www.silkroadtimes.example/politics/uzbekistan-20240319",
    "Uzbekistan does not recognise Abkhazia, South Ossetia or Transnistria, Deputy Foreign Minister Nodira Karimova said.",
    "\u201cWe will not make exceptions,\u201d Karimova told lawmakers."))
put("basic", "003_good_no_position.txt", article(
    "Estonian coalition agrees defence budget", "20240416",
    "https://www.balticbriefing.example/estonia/defence-budget",
    "Estonia's governing coalition agreed on Tuesday to raise defence spending next year.",
    "\"This budget is about keeping our people safe,\" Finance Minister Kaarel Tamm said."))
put("basic", "004_reject_bad_date.txt", article(
    "Cabinet reshuffle in Riga", "2024-03-15",
    "https://www.balticbriefing.example/latvia/reshuffle",
    "The prime minister replaced three ministers on Friday."))

# ---- rejects: one file per reason that a file can show by itself (default settings)
put("rejects", "empty.txt", b"")
put("rejects", "whitespace_only.txt", b"  \r\n\n\t\n   ")
put("rejects", "missing_date.txt", article(
    "Headline without a date", "https://www.example.org/news/no-date",
    "The date line was lost when the file was exported."))
put("rejects", "bad_date.txt", article(
    "Headline with a European date", "15/03/2024", "https://www.example.org/news/bad-date",
    "The date is written day first with slashes."))
put("rejects", "impossible_date.txt", article(
    "Headline on a day that never was", "20230230", "https://www.example.org/news/impossible-date",
    "February 2023 had 28 days."))
put("rejects", "missing_url.txt", article(
    "Headline without a URL", "20240315",
    "The URL line is missing, so this paragraph sits on line 3.", "A second paragraph."))
put("rejects", "bad_url.txt", article(
    "Headline with a mistyped URL", "20240315", "htps://www.example.org/news/bad-url",
    "The scheme is misspelt."))
put("rejects", "no_body.txt", b"Headline with nothing below\n20240315\nhttps://www.example.org/news/no-body\n\n  \n\t\n")
put("rejects", "byline_only.txt", article(
    "Headline with only a byline", "20240315", "https://www.example.org/news/byline-only", "By Jane Doe"))
put("rejects", "binary_nul.txt",
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nstream\n\x00\x00\x10\x8f\xff\x00endstream\n")
put("rejects", "control_chars.txt", bytes([1, 2, 3, 4, 5, 6, 7, 8, 0x0b, 0x0e, 0x0f, 0x10, 0x11, 0x1b, 0x7f]) * 20 + b"abc\n")
put("rejects", "utf16le_bom.txt", b"\xff\xfe" + "Headline\n20240315\nhttps://www.example.org/news/utf16\nBody.\n".encode("utf-16-le"))

# ---- encodings: accepted with the default windows-1252 fallback; see expected/encodings.tsv
put("encodings", "windows1252.txt", (
    "Paraguay reaffirms recognition of Taiwan\n20240425\nhttps://www.southerncone.example/paraguay/taiwan\n"
    "\u201cOur relationship with Taipei is based on shared values,\u201d Luc\u00eda Ben\u00edtez said in Asunci\u00f3n.\n"
).encode("cp1252"))
put("encodings", "invalid_utf8.txt",
    b"Truncated sequence in the body\n20240315\nhttps://www.example.org/news/invalid-utf8\n"
    b"The minister spoke in Bogot\xc3 on Friday.\n")
put("encodings", "utf8_bom.txt", b"\xef\xbb\xbf" + article(
    "Burundi withdraws recognition of Sahrawi republic", "20240422",
    "https://www.greatlakesreport.example/burundi-sadr",
    "Burundi has withdrawn its recognition of the Sahrawi Arab Democratic Republic, the foreign minister said."))
put("encodings", "crlf.txt", article(
    "Mexico will not recognise annexation of Crimea", "20240318",
    "https://www.latamwire.example/mexico/crimea",
    "Mexico does not recognise Russia's annexation of Crimea, Foreign Minister Andr\u00e9s Villase\u00f1or said.",
    "\"Borders cannot be changed by force,\" he said.", eol="\r\n"))
put("encodings", "lone_cr.txt", article(
    "Malta ready to recognise Palestine", "20240410",
    "https://www.mediterraneanpost.example/malta-palestine",
    "By Tomasz Wierzbicki",
    "Malta is ready to recognise the State of Palestine, Foreign Minister Clara Vella said.", eol="\r"))
put("encodings", "messy_whitespace.txt",
    b"\n\n  Saint Lucia switches recognition  \t\n\n 20240403 \r\n"
    b"\thttps://www.caribbeanledger.example/saint-lucia \n\n"
    b"Saint Lucia switched recognition from Taipei to Beijing on Wednesday.   \n\n\n"
    b"   \t\n\"We recognise one China,\" Foreign Minister Marcus Joseph said.\t\t\r\n")

# ---- duplicate-url: two files, same URL (the second with spaces around it)
put("duplicate-url", "a_first.txt", article(
    "Serbian minister says Belgrade will never recognise Kosovo", "20240327",
    "https://www.balkanwire.example/serbia/never-recognise-kosovo",
    "Serbia will never recognise Kosovo's independence, Foreign Minister Dragan Milosavljevi\u0107 said."))
put("duplicate-url", "b_same_url.txt", article(
    "Serbia will never recognise Kosovo, minister says (updated)", "20240328",
    "  https://www.balkanwire.example/serbia/never-recognise-kosovo  ",
    "Serbia will never recognise Kosovo's independence, Foreign Minister Dragan Milosavljevi\u0107 said on Wednesday.",
    "\"We will not recognise a unilateral declaration,\" he said."))
