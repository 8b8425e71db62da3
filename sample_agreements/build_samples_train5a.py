#!/usr/bin/env python3
"""Build training samples 61-68 (document shapes: tracked changes, text boxes, ToC field,
content controls, besluit/interne regeling, five parties with legal auto-numbering, checkbox
form, long PDF with footnotes).

Written by an independent helper session from the two official guidance documents (bouwsteen
samenwerkingsovereenkomst, bouwsteen overstapoptie), shared/domain.md and LABELS.md only,
without looking at any checker code, models, tests, benchmarks or the texts and build scripts of
the other samples. All schools, instellingen, companies and people are made up.

Usage:
    python3 build_samples_train5a.py            # build all eight samples
    python3 build_samples_train5a.py 61 66      # build only these
    python3 build_samples_train5a.py --check    # open every produced file and verify it

DOCX files are written as raw WordprocessingML (so that tracked changes, text boxes, field codes,
content controls and numbering.xml are exactly as Word writes them) into a zip with fixed
timestamps and fixed core properties (created/modified 2025-06-30 09:00). PDFs are written with
reportlab (invariant=1). Rebuilding gives byte-identical files.
"""

import io
import json
import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape as _xml_escape

OUT = Path(__file__).resolve().parent
MAX_BYTES = 200 * 1024

# ---------------------------------------------------------------------------------------------
# The label table (what a careful jurist concludes under LABELS.md)
# ---------------------------------------------------------------------------------------------

def _st(s):
    keys = "abcdefghij"
    m = {"p": "present", "w": "weak", "m": "missing", "na": "not_applicable"}
    vals = s.split()
    assert len(vals) == 10, s
    return {k: m[v] for k, v in zip(keys, vals)}


SAMPLES = {
    "61": {
        "name": "61_revisie_wijzigingen",
        "ext": "docx",
        "description": (
            "DOCX with tracked changes (w:ins/w:del, 'concept 3'), 'Artikel N' headings, IJmond "
            "(Beverwijk), PIE kb -> Eerste monteur service en onderhoud werktuigkundige installaties 3. "
            "Labelled as the accepted text reads: inserted text fixes the profiel, the omvang of the "
            "transfer and the opzegtermijn; the deleted sentences held the benoeming of the routeleiding "
            "(now 'werken partijen nader uit') and the mediation/rechtbank steps (now only 'onderling overleg')."
        ),
        "statuses": _st("p p w p p p p p w p"),
        "evidence": {
            "a": "Artikel 1 De route",
            "b": "Artikel 2 Betrokkenheid installatiebedrijven",
            "d": "Artikel 4 Rapportage aan de besturen",
            "e": "Artikel 5 Inrichting van het onderwijs",
            "f": "Artikel 6 Als de route niet past",
            "g": "Artikel 7 Financiën",
            "h": "Artikel 8 Medezeggenschap",
            "j": "Artikel 10 Duur, toetreding, wijziging en opzegging",
        },
    },
    "62": {
        "name": "62_tekstvakken_overstap",
        "ext": "docx",
        "description": (
            "DOCX, friendly 'wij'-style with unnumbered Heading 2 titles; the overstap arrangement sits "
            "only in a floating text box 'Overstap in het kort' (wps text box in mc:AlternateContent with "
            "VML fallback) and the extra medezeggenschap in a VML text box 'Meepraten in het kort'. "
            "Goeree-Overflakkee, Z&W kb -> Begeleider gehandicaptenzorg 3. Fully compliant, explicitly "
            "no transfer."
        ),
        "statuses": _st("p p p p p p p p p p"),
        "evidence": {
            "a": "De route",
            "b": "De zorgorganisaties",
            "c": "Wie de route leidt",
            "d": "Hoe wij verantwoording afleggen",
            "e": "Waar, met wie en waarmee",
            "f": "Overstap in het kort",
            "g": "Geld",
            "h": "Meepraten in het kort",
            "i": "Als wij het oneens zijn",
            "j": "Erbij komen, veranderen en stoppen",
        },
    },
    "63": {
        "name": "63_inhoudsopgave_veld",
        "ext": "docx",
        "description": (
            "DOCX, formal 'Artikel N' Heading 1 with a Word TOC field (cached entries, PAGEREF fields) "
            "that is stale: it still lists 'Artikel 3 Betrokkenheid werkveld', an article that is no "
            "longer in the body (werkveld only in the ToC and a definition). Delft, M&T gl -> Manager "
            "transport en logistiek 4. Transfer of EUR 1.150 per pupil without bestemming; the "
            "geschil article only restates the statute."
        ),
        "statuses": _st("p m p p p p w p w p"),
        "evidence": {
            "a": "Artikel 2 Onderwerp en route",
            "c": "Artikel 3 Leiding van de route",
            "d": "Artikel 4 Informatie en verantwoording",
            "e": "Artikel 5 Inrichting van het onderwijs",
            "f": "Artikel 6 Overstapmogelijkheden",
            "h": "Artikel 8 Medezeggenschap",
            "j": "Artikel 10 Toetreding, wijziging en beëindiging",
        },
    },
    "64": {
        "name": "64_invulformulier_sdt",
        "ext": "docx",
        "description": (
            "DOCX school-template form: numbered section headings, bold labels, answers in filled-in "
            "content controls (w:sdt: rich text, date, drop-down, checkbox). Two answers still show the "
            "placeholder 'Klik of tik om tekst in te voeren.' (verantwoording and medezeggenschap). "
            "Alphen aan den Rijn, E&O kb -> Verkoopspecialist 3. Drop-down answers 'Nee' to transfer."
        ),
        "statuses": _st("p p p w p p p w p p"),
        "evidence": {
            "a": "1. De route",
            "b": "2. Bedrijfsleven",
            "c": "3. Leiding van de route",
            "e": "5. Organisatie en onderwijs",
            "f": "6. Overstapoptie",
            "g": "7. Financiën",
            "i": "9. Geschillen",
            "j": "10. Toetreding, opzegging en wijziging",
        },
    },
    "65": {
        "name": "65_besluit_interne_regeling",
        "ext": "docx",
        "description": (
            "DOCX interne regeling of a verticale scholengemeenschap vmbo-mbo (one bevoegd gezag) in "
            "besluit form ('Het college van bestuur ... gelet op ... besluit:'), 'Artikel N' articles "
            "and a Toelichting. Gemert (De Peel), M&T bb -> Autotechnicus 2. States that there is no "
            "transfer of bekostiging within the one rechtspersoon; h, i, j not required."
        ),
        "statuses": _st("p p p p p p p na na na"),
        "evidence": {
            "a": "Artikel 2 De route",
            "b": "Artikel 3 Werkveld",
            "c": "Artikel 4 Routeleiding",
            "d": "Artikel 5 Verantwoording",
            "e": "Artikel 6 Inrichting",
            "f": "Artikel 7 Overstap",
            "g": "Artikel 8 Bekostiging",
        },
    },
    "66": {
        "name": "66_vijf_partijen_nummering",
        "ext": "docx",
        "description": (
            "DOCX, lawyer style, five parties (three vmbo boards, a ROC and an AOC), two routes; legal "
            "multi-level auto-numbering from numbering.xml (Heading 1 '1.', clauses '1.1', items '1.1.1', "
            "no number typed); a definitions article that names every body. Eindhoven/Veldhoven/Best, "
            "PIE kb -> Allround verspaner 3 and Groen kb -> Vakbekwaam medewerker dierverzorging 3. "
            "Fully compliant: regiegroep, EUR 780 per pupil with bestemming, routeraad, geschillencommissie."
        ),
        "statuses": _st("p p p p p p p p p p"),
        "evidence": {
            "a": "De routes",
            "b": "Betrokkenheid van het werkveld",
            "c": "Regiegroep",
            "d": "Verantwoording aan de besturen",
            "e": "Inrichting van de routes",
            "f": "Overstap",
            "g": "Financiën",
            "h": "Medezeggenschap en routeraad",
            "i": "Geschillen",
            "j": "Toetreding, wijziging en opzegging",
        },
    },
    "67": {
        "name": "67_aanvinkformulier",
        "ext": "pdf",
        "description": (
            "PDF, very short checkbox form (two pages) with sections A-K that do not follow the "
            "statutory letters; tick boxes ('☒ ja ☐ nee') mixed with free text. Nieuwegein, Z&W bb -> "
            "Helpende zorg en welzijn 2. Overstap only ticks the Entree-opleiding; ☒ nee for "
            "bekostiging (explicit no transfer); ☒ nee for aanvullende medezeggenschap; toetreding "
            "conditions left as dotted lines."
        ),
        "statuses": _st("p p p p p w p na p w"),
        "evidence": {
            "a": "B. De route",
            "b": "C. Werkveld",
            "c": "D. Leiding",
            "d": "E. Verantwoording",
            "e": "F. Inrichting",
            "g": "Wordt bekostiging overgedragen?",
            "i": "J. Geschillen",
        },
    },
    "68": {
        "name": "68_lang_voetnoten",
        "ext": "pdf",
        "description": (
            "PDF, long (8 pages): cover page, two-level numbered outline ('6' / '6.2') with PDF "
            "bookmarks, footnotes at the page bottom (legal references and detail only), footer "
            "'pagina N van M', signature page with a table of names, functions, places and dates. "
            "Spijkenisse (Voorne-Putten), PIE gl -> Operator A 4. Fully compliant: EUR 1.240 per pupil "
            "with bestemming, joint routeplatform, mediation then Rechtbank Rotterdam."
        ),
        "statuses": _st("p p p p p p p p p p"),
        "evidence": {
            "a": "2.1 Profiel en kwalificatie",
            "b": "3 Betrokkenheid van het bedrijfsleven",
            "c": "4.1 Routeleiding",
            "d": "4.2 Verantwoording aan de besturen",
            "e": "5 Organisatie en uitvoering",
            "f": "6 Overstap",
            "g": "7 Financiële afspraken",
            "h": "8 Medezeggenschap",
            "i": "9 Geschillen",
            "j": "10 Looptijd, toetreding, wijziging en beëindiging",
        },
    },
}


def expected_json(num):
    s = SAMPLES[num]
    data = {
        "description": s["description"],
        "split": "train",
        "statuses": s["statuses"],
        "evidence": s["evidence"],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ---------------------------------------------------------------------------------------------
# DOCX: a small raw-WordprocessingML writer
# ---------------------------------------------------------------------------------------------

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
ROOT_NS = (
    'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:v="urn:schemas-microsoft-com:vml" '
    'xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w10="urn:schemas-microsoft-com:office:word" '
    'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
    'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
    'mc:Ignorable="w14 wp14"'
)
FIXED_ZIP_TIME = (2025, 6, 30, 9, 0, 0)
FIXED_CORE_TIME = "2025-06-30T09:00:00Z"


def esc(s):
    return _xml_escape(s, {'"': "&quot;"})


def rpr_xml(b=False, i=False, u=False, sz=None, color=None, rstyle=None, caps=False,
            font=None, highlight=None, extra=""):
    out = ""
    if rstyle:
        out += f'<w:rStyle w:val="{rstyle}"/>'
    if font:
        out += f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/>'
    if b:
        out += "<w:b/><w:bCs/>"
    if i:
        out += "<w:i/><w:iCs/>"
    if caps:
        out += "<w:caps/>"
    if color:
        out += f'<w:color w:val="{color}"/>'
    if sz:
        out += f'<w:sz w:val="{sz}"/><w:szCs w:val="{sz}"/>'
    if u:
        out += '<w:u w:val="single"/>'
    if highlight:
        out += f'<w:shd w:val="clear" w:color="auto" w:fill="{highlight}"/>'
    out += extra
    return f"<w:rPr>{out}</w:rPr>" if out else ""


def _text_elems(text, tag="w:t"):
    """Text with \\t and \\n turned into w:tab and w:br."""
    parts = []
    for j, line in enumerate(text.split("\n")):
        if j:
            parts.append("<w:br/>")
        for k, chunk in enumerate(line.split("\t")):
            if k:
                parts.append("<w:tab/>")
            if chunk:
                parts.append(f'<{tag} xml:space="preserve">{esc(chunk)}</{tag}>')
    return "".join(parts)


def R(text, **fmt):
    return f"<w:r>{rpr_xml(**fmt)}{_text_elems(text)}</w:r>"


def rich(s, **base):
    """Runs from a string with **bold** and __italic__ markup."""
    out = []
    for tok in re.split(r"(\*\*.+?\*\*|__.+?__)", s):
        if not tok:
            continue
        if tok.startswith("**"):
            out.append(R(tok[2:-2], **dict(base, b=True)))
        elif tok.startswith("__"):
            out.append(R(tok[2:-2], **dict(base, i=True)))
        else:
            out.append(R(tok, **base))
    return "".join(out)


def P(content="", style=None, jc=None, num=None, ind=None, before=None, after=None,
      keep_next=False, ppr_extra="", mark_rpr="", shade=None, border=False, tabs=None,
      page_break=False, **fmt):
    """A paragraph. content: a str (rich markup) or a list of ready run/inline XML strings."""
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if keep_next:
        ppr += "<w:keepNext/>"
    if page_break:
        ppr += "<w:pageBreakBefore/>"
    if num is not None:
        num_id, ilvl = num
        ppr += f'<w:numPr><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>'
    if border:
        ppr += ('<w:pBdr><w:top w:val="single" w:sz="4" w:space="4" w:color="808080"/>'
                '<w:bottom w:val="single" w:sz="4" w:space="4" w:color="808080"/></w:pBdr>')
    if shade:
        ppr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if tabs:
        t = ""
        for v, pos, ld in tabs:
            t += f'<w:tab w:val="{v}"' + (f' w:leader="{ld}"' if ld else "") + f' w:pos="{pos}"/>'
        ppr += f"<w:tabs>{t}</w:tabs>"
    if before is not None or after is not None:
        sp = ""
        if before is not None:
            sp += f' w:before="{before}"'
        if after is not None:
            sp += f' w:after="{after}"'
        ppr += f"<w:spacing{sp}/>"
    if ind:
        ppr += "<w:ind " + " ".join(f'w:{k}="{v}"' for k, v in ind.items()) + "/>"
    if jc:
        ppr += f'<w:jc w:val="{jc}"/>'
    ppr += ppr_extra
    if mark_rpr:
        ppr += f"<w:rPr>{mark_rpr}</w:rPr>"
    if isinstance(content, str):
        body = rich(content, **fmt) if content else ""
    else:
        body = "".join(content)
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{body}</w:p>"


def cell(paras, width, shade=None, vmerge=None, gridspan=None):
    tcpr = f'<w:tcW w:w="{width}" w:type="dxa"/>'
    if gridspan:
        tcpr += f'<w:gridSpan w:val="{gridspan}"/>'
    if shade:
        tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shade}"/>'
    if isinstance(paras, str):
        paras = [paras]
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{''.join(paras)}</w:tc>"


def table(rows, widths, style="TableGrid", header_rows=0, borders=True):
    """rows: list of lists of cell XML (use cell()) or plain strings."""
    tblpr = f'<w:tblStyle w:val="{style}"/><w:tblW w:w="{sum(widths)}" w:type="dxa"/>'
    if not borders:
        tblpr += ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/>'
                  '<w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
    tblpr += '<w:tblLayout w:type="fixed"/><w:tblLook w:val="04A0" w:firstRow="1" w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
    grid = "".join(f'<w:gridCol w:w="{w}"/>' for w in widths)
    out = [f"<w:tbl><w:tblPr>{tblpr}</w:tblPr><w:tblGrid>{grid}</w:tblGrid>"]
    for n, row in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if n < header_rows else ""
        cells = []
        for c, w in zip(row, widths):
            cells.append(c if c.startswith("<w:tc>") else cell(P(c), w))
        out.append(f"<w:tr>{trpr}{''.join(cells)}</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


def field_runs(instr, cached_runs, rpr=""):
    """A complex field: begin / instrText / separate / cached result / end."""
    return (
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve">{esc(instr)}</w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        + cached_runs +
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
    )


def page_footer_xml(left_text, font_sz=16):
    fmt = dict(sz=font_sz, color="595959")
    rpr = rpr_xml(**fmt)
    runs = (R(left_text + "\t", **fmt) + R("pagina ", **fmt)
            + field_runs(" PAGE ", R("1", **fmt), rpr)
            + R(" van ", **fmt)
            + field_runs(" NUMPAGES ", R("1", **fmt), rpr))
    p = P([runs], style="Footer", tabs=[("clear", 4536, None), ("right", 9072, None)])
    return f'<w:ftr {ROOT_NS}>{p}</w:ftr>'


def page_header_xml(text, font_sz=16, color="7F7F7F"):
    p = P([R(text, sz=font_sz, color=color)], style="Header", jc="right")
    return f'<w:hdr {ROOT_NS}>{p}</w:hdr>'


def styles_xml(font="Calibri", size=22, head_font=None, head_color="1F3864", h1_size=28,
               h2_size=24, h1_numpr="", extra="", line=264, after=120):
    hf = head_font or font
    hfonts = f'<w:rFonts w:ascii="{hf}" w:hAnsi="{hf}" w:eastAsia="{hf}" w:cs="{hf}"/>'
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="{W_NS}">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="{font}" w:hAnsi="{font}" w:eastAsia="{font}" w:cs="{font}"/><w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:val="nl-NL" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="{after}" w:line="{line}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
<w:style w:type="numbering" w:default="1" w:styleId="NoList"><w:name w:val="No List"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="240" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr>{hfonts}<w:b/><w:color w:val="{head_color}"/><w:sz w:val="36"/><w:szCs w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:rPr><w:color w:val="595959"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/>{h1_numpr}<w:spacing w:before="280" w:after="100"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>{hfonts}<w:b/><w:bCs/><w:color w:val="{head_color}"/><w:sz w:val="{h1_size}"/><w:szCs w:val="{h1_size}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="200" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr>{hfonts}<w:b/><w:bCs/><w:color w:val="{head_color}"/><w:sz w:val="{h2_size}"/><w:szCs w:val="{h2_size}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="160" w:after="60"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr>{hfonts}<w:b/><w:bCs/><w:i/><w:sz w:val="{size}"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TOCHeading"><w:name w:val="TOC Heading"/><w:basedOn w:val="Heading1"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:qFormat/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC1"><w:name w:val="toc 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="60"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="TOC2"><w:name w:val="toc 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="39"/><w:unhideWhenUsed/><w:pPr><w:spacing w:after="60"/><w:ind w:left="220"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="34"/><w:qFormat/><w:pPr><w:ind w:left="720"/><w:contextualSpacing/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:pPr><w:tabs><w:tab w:val="center" w:pos="4536"/><w:tab w:val="right" w:pos="9072"/></w:tabs><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr></w:style>
<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:unhideWhenUsed/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="PlaceholderText"><w:name w:val="Placeholder Text"/><w:basedOn w:val="DefaultParagraphFont"/><w:uiPriority w:val="99"/><w:semiHidden/><w:rPr><w:color w:val="808080"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>
{extra}
</w:styles>"""


def settings_xml(extra=""):
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="{W_NS}"><w:zoom w:percent="100"/>{extra}<w:defaultTabStop w:val="708"/><w:hyphenationZone w:val="425"/><w:characterSpacingControl w:val="doNotCompress"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat><w:themeFontLang w:val="nl-NL"/><w:decimalSymbol w:val=","/><w:listSeparator w:val=";"/></w:settings>"""


def sect_pr(header=False, footer=False, margins=(1417, 1417, 1417, 1417)):
    refs = ""
    if header:
        refs += '<w:headerReference w:type="default" r:id="rIdHdr1"/>'
    if footer:
        refs += '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
    t, r, b, l = margins
    return (f'<w:sectPr>{refs}<w:pgSz w:w="11906" w:h="16838"/>'
            f'<w:pgMar w:top="{t}" w:right="{r}" w:bottom="{b}" w:left="{l}" w:header="708" '
            f'w:footer="708" w:gutter="0"/><w:cols w:space="708"/><w:docGrid w:linePitch="360"/></w:sectPr>')


def write_docx(path, body_xml, title, creator, styles, settings=None, numbering=None,
               header=None, footer=None, last_modified_by=None, revision=1, company=""):
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document {ROOT_NS}><w:body>{body_xml}'
           f'{sect_pr(header=header is not None, footer=footer is not None)}</w:body></w:document>')
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    overrides = [
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
        '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
        '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>',
    ]
    parts = {}
    if numbering:
        rels.append('<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>')
        overrides.append('<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>')
        parts["word/numbering.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + numbering
    if header:
        rels.append('<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        overrides.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        parts["word/header1.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + header
    if footer:
        rels.append('<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        overrides.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        parts["word/footer1.xml"] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + footer
    content_types = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>' + "".join(overrides) + "</Types>")
    root_rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
        '</Relationships>')
    doc_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                + "".join(rels) + "</Relationships>")
    core = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:title>{esc(title)}</dc:title><dc:creator>{esc(creator)}</dc:creator>'
        f'<cp:lastModifiedBy>{esc(last_modified_by or creator)}</cp:lastModifiedBy>'
        f'<cp:revision>{revision}</cp:revision>'
        f'<dcterms:created xsi:type="dcterms:W3CDTF">{FIXED_CORE_TIME}</dcterms:created>'
        f'<dcterms:modified xsi:type="dcterms:W3CDTF">{FIXED_CORE_TIME}</dcterms:modified>'
        '</cp:coreProperties>')
    app = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
        'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
        f'<Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity>'
        f'<Company>{esc(company)}</Company><AppVersion>16.0000</AppVersion></Properties>')
    files = [
        ("[Content_Types].xml", content_types),
        ("_rels/.rels", root_rels),
        ("word/document.xml", doc),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/styles.xml", styles),
        ("word/settings.xml", settings or settings_xml()),
    ]
    for name in ("word/numbering.xml", "word/header1.xml", "word/footer1.xml"):
        if name in parts:
            files.append((name, parts[name]))
    files += [("docProps/core.xml", core), ("docProps/app.xml", app)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            info = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            info.create_system = 0
            z.writestr(info, data.encode("utf-8"))
    Path(path).write_bytes(buf.getvalue())


# Tracked changes ------------------------------------------------------------------------------

class Rev:
    """Hands out revision ids, one author/date per call."""

    def __init__(self):
        self.n = 100

    def _id(self):
        self.n += 1
        return self.n

    def ins(self, text, author, date, **fmt):
        return (f'<w:ins w:id="{self._id()}" w:author="{esc(author)}" w:date="{date}">'
                f"{R(text, **fmt)}</w:ins>")

    def dele(self, text, author, date, **fmt):
        return (f'<w:del w:id="{self._id()}" w:author="{esc(author)}" w:date="{date}">'
                f"<w:r>{rpr_xml(**fmt)}{_text_elems(text, 'w:delText')}</w:r></w:del>")

    def mark_ins(self, author, date):
        return f'<w:ins w:id="{self._id()}" w:author="{esc(author)}" w:date="{date}"/>'

    def mark_del(self, author, date):
        return f'<w:del w:id="{self._id()}" w:author="{esc(author)}" w:date="{date}"/>'


# ---------------------------------------------------------------------------------------------
# PDF helpers (reportlab)
# ---------------------------------------------------------------------------------------------

FONT_DIRS = ["/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/truetype/liberation"]
_FONTS_DONE = set()


def register_family(family, regular, bold, italic, bolditalic):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping
    if family in _FONTS_DONE:
        return
    files = {}
    for key, fname in (("r", regular), ("b", bold), ("i", italic), ("bi", bolditalic)):
        for d in FONT_DIRS:
            p = Path(d) / fname
            if p.exists():
                files[key] = str(p)
                break
        else:
            raise SystemExit(f"font {fname} not found (install fonts-dejavu-core / fonts-liberation)")
    names = {"r": family, "b": family + "-Bold", "i": family + "-Italic", "bi": family + "-BoldItalic"}
    for key in files:
        pdfmetrics.registerFont(TTFont(names[key], files[key]))
    addMapping(family, 0, 0, names["r"])
    addMapping(family, 1, 0, names["b"])
    addMapping(family, 0, 1, names["i"])
    addMapping(family, 1, 1, names["bi"])
    _FONTS_DONE.add(family)


def pesc(s):
    """Escape for reportlab Paragraph markup, keeping our own <b>/<i>/<super> tags."""
    s = s.replace("&", "&amp;")
    s = re.sub(r"<(?!/?(b|i|u|super|bullet|br/|font[^>]*|/font)>)", "&lt;", s)
    return s


# ---------------------------------------------------------------------------------------------
# 61 - tracked changes
# ---------------------------------------------------------------------------------------------

def build_61(path):
    rv = Rev()
    A1, D1 = "R. Visser (Kennemerkust)", "2025-05-12T10:14:00Z"
    A2, D2 = "M. de Graaf (Zeewijk College)", "2025-05-20T15:42:00Z"

    def ins(t, who=1):
        return rv.ins(t, *(A1, D1) if who == 1 else (A2, D2))

    def dele(t, who=1):
        return rv.dele(t, *(A1, D1) if who == 1 else (A2, D2))

    def clause(nr, *parts):
        runs = [R(nr + "\t")]
        for part in parts:
            runs.append(part if part.startswith("<w:") else R(part))
        return P(runs, ind={"left": 567, "hanging": 567}, jc="both")

    def art(title_runs):
        return P(title_runs, style="Heading1")

    b = []
    b.append(P("Samenwerkingsovereenkomst doorlopende leerroute Installatietechniek IJmond", style="Title"))
    b.append(P([R("Concept 3 – verwerkt na de stuurgroep van 12 mei 2025; wijzigingen zichtbaar gelaten voor de bestuurders", i=True, color="595959")]))
    b.append(P("**De ondergetekenden:**"))
    b.append(clause("1.", "Stichting Voortgezet Onderwijs IJmond-Noord, statutair gevestigd te Beverwijk, bevoegd gezag van het Zeewijk College (vmbo) te Beverwijk, rechtsgeldig vertegenwoordigd door mevrouw drs. A.M. Schouten, voorzitter van het college van bestuur, hierna: ‘de school’;"))
    b.append(clause("2.", "Stichting Regionaal Opleidingencentrum Kennemerkust, statutair gevestigd te Haarlem, rechtsgeldig vertegenwoordigd door de heer ir. P.J. Bakels, lid van het college van bestuur, hierna: ‘Kennemerkust’;"))
    b.append(P("hierna samen ook: ‘partijen’,"))
    b.append(P("**overwegende dat**"))
    b.append(clause("a.", "partijen sinds 2019 samenwerken in het techniekprogramma ‘Vakkracht IJmond’ en die samenwerking willen voortzetten als doorlopende leerroute in de zin van artikel 2.107a van de Wet voortgezet onderwijs 2020 en artikel 9.1.2 van de Wet educatie en beroepsonderwijs;"))
    b.append(clause("b.", "in de IJmond een blijvend tekort bestaat aan monteurs voor warmtepompen, ventilatie en andere werktuigkundige installaties;"))
    b.append(P("**komen het volgende overeen.**"))

    # Artikel 1
    b.append(art([R("Artikel 1 De route")]))
    b.append(clause("1.1", "Partijen verzorgen samen een doorlopende leerroute voor leerlingen van de kaderberoepsgerichte leerweg met het profiel ",
                    dele("Mobiliteit en transport"), ins("Produceren, installeren en energie"),
                    " die leidt tot het vmbo-diploma en het mbo-diploma Eerste monteur service en onderhoud werktuigkundige installaties",
                    ins(", niveau 3 (opleidingsdomein Installatie- en energietechniek)"),
                    ", in de beroepsopleidende leerweg."))
    b.append(clause("1.2", "De route omvat routejaar 1 en 2 (leerjaar 3 en 4 van het vmbo) en routejaar 3 tot en met 5 (de mbo-opleiding). Een leerling begint aan het begin van leerjaar 3; de keuze wordt in leerjaar 2 gemaakt."))
    b.append(clause("1.3", "Partijen melden de route gezamenlijk bij de minister via het Registratie Instellingen en Opleidingen (RIO) van DUO, ", dele("zo spoedig mogelijk", 2), ins("vóór 1 oktober 2025", 2), "."))

    # Artikel 2
    b.append(art([R("Artikel 2 "), dele("Bedrijfsleven"), ins("Betrokkenheid installatiebedrijven")]))
    b.append(clause("2.1", dele("Partijen streven ernaar het installatiebedrijfsleven in de regio zoveel mogelijk bij de route te betrekken."),
                    ins("De route wordt mede uitgevoerd door de installatiebedrijven die zijn aangesloten bij het Installatieplatform IJmond. Daarvoor geldt het volgende.")))
    b.append(clause("2.2", "Ten minste zes erkende leerbedrijven stellen per cohort bpv-plaatsen beschikbaar in routejaar 2 tot en met 5. Kennemerkust stemt de plaatsing af met SBB en met het leerbedrijf."))
    b.append(clause("2.3", "In routejaar 1 en 2 leveren de bedrijven per leerjaar vier praktijkopdrachten uit hun eigen projecten en ontvangen zij de leerlingen twee keer voor een bedrijfsbezoek. Een praktijkopleider van het leerbedrijf beoordeelt de proeve van bekwaamheid mee."))
    b.append(clause("2.4", "Twee vertegenwoordigers van het Installatieplatform nemen zitting in de klankbordgroep van de route, die ", dele("jaarlijks"), ins("twee keer per jaar"), " advies uitbrengt over het programma en de keuzedelen."))

    # Artikel 3
    b.append(art([R("Artikel 3 Routeleiding")]))
    b.append(clause("3.1", "De dagelijkse leiding over de route berust bij een routeleiding, bestaande uit de teamleider techniek van het Zeewijk College, de opleidingsmanager installatietechniek van Kennemerkust en een routecoördinator."))
    b.append(clause("3.2", dele("De leden van de routeleiding worden door de colleges van bestuur van beide partijen gezamenlijk benoemd voor een termijn van twee schooljaren; de routecoördinator wordt benoemd op voordracht van de twee andere leden. "),
                    ins("Hoe de leden van de routeleiding worden aangewezen en voor welke termijn, werken partijen na de zomer nader uit.")))
    b.append(clause("3.3", "De routeleiding stelt jaarlijks het routeplan op, verdeelt de lessen over de docenten van beide partijen binnen de afgesproken uren, bereidt het gezamenlijke PTA/OER voor en beslist over de plaatsing van leerlingen in de bpv. Besluiten met financiële gevolgen van meer dan € 10.000 per jaar legt zij voor aan de colleges van bestuur."))

    # Artikel 4
    b.append(art([R("Artikel 4 Rapportage aan de besturen")]))
    b.append(clause("4.1", "De routeleiding brengt ", dele("eenmaal", 2), ins("tweemaal", 2), " per jaar, in februari en in september, een schriftelijke voortgangsrapportage uit aan de colleges van bestuur van beide partijen, met in elk geval de in-, door- en uitstroom per cohort, de bpv-plaatsingen, de examenresultaten en de stand van de begroting."))
    b.append(clause("4.2", "De colleges van bestuur bespreken de ", dele("rapportage"), ins("septemberrapportage"), " jaarlijks in een bestuurlijk overleg met de routeleiding. Op verzoek van een college verstrekt de routeleiding binnen twee weken aanvullende informatie."))

    # Artikel 5
    b.append(art([R("Artikel 5 Inrichting van het onderwijs")]))
    b.append(clause("5.1", "Routejaar 1 en 2 worden gegeven in de techniekvleugel van het Zeewijk College; routejaar 3 tot en met 5 op de Installatiecampus van Kennemerkust in Velsen-Noord. Vanaf routejaar 2 volgen de leerlingen één dag per week les op de Installatiecampus."))
    b.append(clause("5.2", "De route wordt verzorgd door één docententeam van vmbo- en mbo-docenten. Kennemerkust zet in routejaar 1 en 2 twee docenten installatietechniek in voor samen acht lesuren per week; de school zet haar docenten Nederlands en rekenen ook in routejaar 3 in. Voor de vak- en sectoroverstijgende praktijkmodules maken partijen gebruik van teambevoegdheid (artikel 7.13a WVO 2020, artikel 9.1.12 WEB); het team is als geheel bevoegd voor alle programmaonderdelen."))
    b.append(clause("5.3", "Leerlingen en docenten van de route gebruiken zonder kosten de installatiehal, de warmtepompopstelling en het gereedschapsmagazijn van Kennemerkust en het metaallokaal van de school.", ins(" Kennemerkust verstrekt de persoonlijke beschermingsmiddelen.", 2)))
    b.append(clause("5.4", "Partijen beschrijven het onderwijsprogramma, de examinering en de bpv per routejaar in één PTA/OER, dat beide colleges van bestuur jaarlijks vóór 1 oktober vaststellen. Het vmbo-examen wordt uiterlijk in routejaar 3 afgerond."))
    b.append(clause("5.5", "Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de leerling is ingeschreven; de andere partij werkt aan de afhandeling mee."))

    # Artikel 6
    b.append(art([R("Artikel 6 Als de route niet past")]))
    b.append(clause("6.1", "Beëindigt een leerling de route voordat hij die met succes heeft afgerond, dan bepalen de school en Kennemerkust samen, na een gesprek met de leerling en zijn ouders, welk vervolg het best past bij het onderwijsniveau dat hij heeft bereikt en bij zijn leeftijd."))
    b.append(clause("6.2", "In routejaar 1 en 2 vervolgt de leerling het reguliere programma van de kaderberoepsgerichte leerweg in het profiel Produceren, installeren en energie of een ander profiel van de school, en haalt hij daar het vmbo-diploma."))
    b.append(clause("6.3", "Heeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet behaald, dan kan hij zonder dat diploma verder in een andere mbo-opleiding op niveau 2 of 3 van Kennemerkust; de vooropleidingseisen gelden dan niet. Kiest hij een andere instelling, dan zorgt Kennemerkust voor een warme overdracht en werkt zij mee aan het geschiktheidsonderzoek van die instelling."))
    b.append(clause("6.4", "Vanaf routejaar 3 kan de leerling overstappen naar een andere opleiding op niveau 3, binnen of buiten de installatietechniek.", dele(" Lukt geen van deze mogelijkheden, dan wordt de leerling aangemeld voor de Entree-opleiding.", 2)))

    # Artikel 7
    b.append(art([R("Artikel 7 Financiën")]))
    b.append(clause("7.1", "In routejaar 1 en 2 ontvangt de school de rijksbekostiging voor de routeleerlingen, vanaf routejaar 3 Kennemerkust."))
    b.append(clause("7.2", "De school draagt ", dele("een nader te bepalen bedrag"), ins("€ 875 per routeleerling per routejaar, in routejaar 1 en 2,"),
                    " over aan Kennemerkust, ter dekking van de inzet van de docenten installatietechniek en het gebruik van de installatiehal (artikel 5.2 en 5.3). Peildatum is 1 oktober; Kennemerkust factureert in januari."))
    b.append(clause("7.3", "Voor het overige draagt iedere partij haar eigen kosten."))

    # Artikel 8
    b.append(art([R("Artikel 8 Medezeggenschap")]))
    b.append(clause("8.1", "De routeleerlingen die nog op de school staan ingeschreven, kiezen jaarlijks uit hun midden één vertegenwoordiger die met spreekrecht deelneemt aan de vergaderingen van de studentenraad van de Installatiecampus."))
    b.append(clause("8.2", "De medezeggenschapsraad van de school en de onderdeelcommissie Techniek van de ondernemingsraad van Kennemerkust worden jaarlijks in een gezamenlijke bijeenkomst over de route geïnformeerd. Voorgenomen wijzigingen van de route leggen partijen aan beide raden voor advies voor."))

    # Artikel 9
    b.append(art([R("Artikel 9 Geschillen")]))
    b.append(clause("9.1", "Partijen lossen geschillen over de uitvoering van deze overeenkomst in onderling overleg op.",
                    dele(" Leidt het overleg binnen de routeleiding niet binnen vier weken tot een oplossing, dan leggen de colleges van bestuur het geschil voor aan een mediator die zij samen aanwijzen. Slaagt de mediation niet binnen drie maanden, dan wordt het geschil voorgelegd aan de bevoegde rechter van de rechtbank Noord-Holland.", 2)))
    b.append(clause("9.2", ins("Partijen gaan ervan uit dat zij er samen uitkomen.", 2)))

    # Artikel 10
    b.append(art([R("Artikel 10 Duur, toetreding, wijziging en opzegging")]))
    b.append(clause("10.1", "Deze overeenkomst geldt met ingang van 1 augustus 2025 voor onbepaalde tijd."))
    b.append(clause("10.2", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als beide partijen daarmee schriftelijk instemmen en de toetreder alle afspraken uit deze overeenkomst aanvaardt. Toetreding gaat in bij het begin van een schooljaar en wordt bij DUO gemeld."))
    b.append(clause("10.3", "Wijzigingen worden schriftelijk overeengekomen en door beide colleges van bestuur ondertekend. Een wijziging gaat niet in tijdens een lopend schooljaar, tenzij de leerlingen er niet door worden benadeeld."))
    b.append(clause("10.4", "Iedere partij kan de overeenkomst ", dele("met een termijn van drie maanden"), ins("schriftelijk"), " opzeggen", ins(" tegen 1 augustus, met een opzegtermijn van ten minste twaalf maanden"),
                    ". Na de opzegging stromen geen nieuwe leerlingen meer in; leerlingen die al in de route zitten, ronden die volgens het geldende programma af en partijen blijven de afspraken voor hen nakomen."))
    b.append(clause("10.5", "Bij ontbinding of faillissement van een partij zorgt de andere partij, samen met de toezichthouder en DUO, dat de lopende leerlingen hun opleiding elders kunnen voortzetten."))

    b.append(P("Aldus overeengekomen en in tweevoud ondertekend.", before=240))
    sig = table([
        [cell([P("**Stichting Voortgezet Onderwijs IJmond-Noord**"), P("Beverwijk, ………………… 2025"), P(" ", before=480), P("drs. A.M. Schouten, voorzitter college van bestuur")], 4531),
         cell([P("**Stichting ROC Kennemerkust**"), P("Haarlem, ………………… 2025"), P(" ", before=480), P("ir. P.J. Bakels, lid college van bestuur")], 4531)],
    ], [4531, 4531], borders=False)
    b.append(sig)

    write_docx(path, "".join(b), "Samenwerkingsovereenkomst DLR Installatietechniek IJmond (concept 3)",
               "M. de Graaf", styles_xml(font="Arial", size=20, h1_size=22, head_color="000000", line=276),
               settings=settings_xml("<w:trackRevisions/>"),
               header=page_header_xml("CONCEPT 3 – niet ondertekenen voordat alle wijzigingen zijn geaccepteerd"),
               footer=page_footer_xml("SOK DLR Installatietechniek IJmond"),
               last_modified_by="R. Visser", revision=7, company="Zeewijk College")


# ---------------------------------------------------------------------------------------------
# 62 - key clauses in text boxes
# ---------------------------------------------------------------------------------------------

def textbox_run(paras, docpr_id, name, cx_emu, cy_emu, fill="EAF2F8", line="2E75B6", align="right"):
    """A floating DrawingML text box (wps) inside mc:AlternateContent with a VML fallback,
    as Word 2010+ writes it. The text sits in w:txbxContent in both branches."""
    content = "".join(paras)
    w_pt = cx_emu / 12700
    h_pt = cy_emu / 12700
    choice = (
        '<mc:Choice Requires="wps"><w:drawing>'
        f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
        f'relativeHeight="{251659264 + docpr_id}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/>'
        f'<wp:positionH relativeFrom="margin"><wp:align>{align}</wp:align></wp:positionH>'
        '<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>'
        f'<wp:extent cx="{cx_emu}" cy="{cy_emu}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
        '<wp:wrapSquare wrapText="bothSides"/>'
        f'<wp:docPr id="{docpr_id}" name="{esc(name)}"/><wp:cNvGraphicFramePr/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr>'
        f'<a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx_emu}" cy="{cy_emu}"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
        f'<a:solidFill><a:srgbClr val="{fill}"/></a:solidFill>'
        f'<a:ln w="12700"><a:solidFill><a:srgbClr val="{line}"/></a:solidFill></a:ln></wps:spPr>'
        f'<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:spAutoFit/></wps:bodyPr>'
        '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>'
    )
    fallback = (
        '<mc:Fallback><w:pict>'
        f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{esc(name)}" o:spid="_x0000_s{1025 + docpr_id}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:3.6pt;width:{w_pt:.1f}pt;height:{h_pt:.1f}pt;'
        f'z-index:{251659264 + docpr_id};mso-position-horizontal:{align};mso-position-horizontal-relative:margin" '
        f'fillcolor="#{fill.lower()}" strokecolor="#{line.lower()}" strokeweight="1pt">'
        f'<v:textbox style="mso-fit-shape-to-text:t"><w:txbxContent>{content}</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>'
    )
    return f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>"


def vml_textbox_run(paras, shape_id, width_pt, height_pt, fill="FFF4E5", stroke="C55A11"):
    """An old-style VML text box (w:pict), as in documents that started life in Word 2007."""
    content = "".join(paras)
    return (
        '<w:r><w:pict>'
        '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
        '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
        f'<v:shape id="{shape_id}" o:spid="_x0000_s20{shape_id[-1]}" type="#_x0000_t202" '
        f'style="position:absolute;margin-left:0;margin-top:4pt;width:{width_pt}pt;height:{height_pt}pt;'
        'z-index:251670528;mso-position-horizontal:left;mso-position-horizontal-relative:margin" '
        f'fillcolor="#{fill.lower()}" strokecolor="#{stroke.lower()}">'
        f'<v:textbox><w:txbxContent>{content}</w:txbxContent></v:textbox>'
        '<w10:wrap type="square"/></v:shape></w:pict></w:r>'
    )


def build_62(path):
    def H(t):
        return P(t, style="Heading2")

    def bullet(t):
        return P("•\t" + t, ind={"left": 284, "hanging": 284})

    def bx(t, **kw):
        return P(t, after=80, **kw)

    b = []
    b.append(P("Samen op weg naar de zorg", style="Title"))
    b.append(P("Samenwerkingsovereenkomst doorlopende leerroute Zorg en welzijn – Goeree-Overflakkee", style="Subtitle"))

    b.append(H("Wie tekenen deze overeenkomst"))
    b.append(P("Deze overeenkomst sluiten:"))
    b.append(bullet("**Stichting voor Christelijk Voortgezet Onderwijs op Goeree-Overflakkee**, gevestigd in Middelharnis, het bestuur van CSG Haringvliet (vmbo). Namens het bestuur tekent de heer J.W. Tanis, voorzitter van het college van bestuur. Hieronder heet deze partij: **CSG Haringvliet**."))
    b.append(bullet("**Stichting Regionaal Opleidingencentrum De Delta-Eilanden**, gevestigd in Sommelsdijk. Namens het bestuur tekent mevrouw E. Koppenol-Verhage, voorzitter van het college van bestuur. Hieronder heet deze partij: **ROC De Delta**."))
    b.append(P("Als wij ‘wij’ schrijven, bedoelen wij beide partijen samen."))

    b.append(H("Waarom wij dit doen"))
    b.append(P("Op het eiland zijn te weinig mensen die willen en kunnen werken in de zorg voor mensen met een beperking. Jongeren die daar al in de derde klas belangstelling voor hebben, willen wij een ononderbroken weg bieden van het vmbo naar een mbo-diploma, zonder dubbele lesstof en zonder overstap naar een onbekende school. Dat doen wij in een doorlopende leerroute zoals de wet die mogelijk maakt (artikel 2.107a WVO 2020 en artikel 9.1.2 WEB)."))

    b.append(H("De route"))
    b.append(P("Leerlingen van CSG Haringvliet in de kaderberoepsgerichte leerweg met het profiel **Zorg en welzijn** kunnen aan het eind van leerjaar 2 kiezen voor deze route. De route leidt naar het vmbo-diploma en het mbo-diploma **Begeleider gehandicaptenzorg, niveau 3** (kwalificatiedossier Maatschappelijke zorg, opleidingsdomein Zorg en welzijn) van ROC De Delta, in de beroepsopleidende leerweg."))
    b.append(P("De route duurt vijf routejaren: routejaar 1 en 2 zijn leerjaar 3 en 4 van het vmbo, routejaar 3 tot en met 5 zijn de mbo-jaren. Wij melden de route samen aan bij DUO, zodat zij in RIO staat voordat de eerste groep begint op 1 augustus 2025."))

    b.append(H("De zorgorganisaties"))
    b.append(P("Drie zorgorganisaties van het eiland doen mee: Stichting Eilandzorg Flakkee, Zorggroep De Vuurbaak en Stichting Ons Erf (wonen en dagbesteding). Met elk van hen sluit ROC De Delta een werkafspraak. Daarin staat in elk geval dat de organisatie:"))
    b.append(bullet("elke routeleerling in routejaar 2 tot en met 5 een stageplek (bpv-plaats) aanbiedt, met een erkende praktijkopleider;"))
    b.append(bullet("in routejaar 1 en 2 per schooljaar twee begeleiders levert die gastlessen geven over het werk op een woongroep;"))
    b.append(bullet("samen met de docent de praktijkexamens van de route beoordeelt;"))
    b.append(bullet("twee keer per jaar meepraat aan de werkveldtafel, waar wij het programma en de keuzedelen bijstellen."))

    b.append(H("Wie de route leidt"))
    b.append(P("De route heeft twee routeleiders: de afdelingsleider bovenbouw vmbo van CSG Haringvliet en de teamleider Zorg en welzijn van ROC De Delta. Het college van bestuur van elke partij wijst zijn eigen routeleider aan; beide besturen bevestigen die aanwijzing samen in een brief, voor twee schooljaren."))
    b.append(P("De routeleiders mogen samen: het jaarrooster en de lessentabel van de route vaststellen, de docenten van beide scholen inroosteren binnen de uren die de besturen daarvoor hebben vrijgemaakt, de stageplaatsen verdelen en beslissen over een overstap (zie het kader ‘Overstap in het kort’). Uitgaven buiten de routebegroting en besluiten over personeel leggen zij voor aan de besturen."))

    b.append(H("Hoe wij verantwoording afleggen"))
    b.append(P("Elk jaar vóór 1 november schrijven de routeleiders een jaarverslag voor beide besturen. Daarin staat hoeveel leerlingen zijn begonnen, doorgegaan, overgestapt of geslaagd, hoe de stages liepen en wat er beter kan. In maart sturen zij een korte tussenstand. In december bespreken de besturen het jaarverslag met de routeleiders."))

    b.append(H("Waar, met wie en waarmee"))
    b.append(P("**Waar.** Routejaar 1 en 2 worden gegeven bij CSG Haringvliet in Middelharnis; vanaf routejaar 2 is de leerling één dag per week bij ROC De Delta. Routejaar 3 tot en met 5 vinden plaats bij ROC De Delta in Sommelsdijk en bij de zorgorganisaties."))
    b.append(P("**Met wie.** Eén docententeam van beide scholen geeft de route. ROC De Delta zet in routejaar 1 en 2 een docent begeleiding in voor zes uur per week; CSG Haringvliet levert in routejaar 3 de docent Nederlands. Voor de praktijkvakken, waarin vmbo- en mbo-stof samengaan, gebruiken wij de teambevoegdheid: het team is samen bevoegd voor alle onderdelen, en elke docent is verantwoordelijk voor het deel waarvoor hij bevoegd is."))
    b.append(P("**Waarmee.** De leerlingen gebruiken het skills lab en de oefenwoning van ROC De Delta en het praktijklokaal Zorg en welzijn van CSG Haringvliet. Wij beschrijven het programma, de examens en de stages per routejaar in één gezamenlijk PTA/OER, dat beide besturen elk jaar vóór 1 oktober vaststellen."))

    overstap_box = [
        bx("**Overstap in het kort**", sz=22, color="1F4E79"),
        bx("Dit kader hoort bij de overeenkomst.", i=True, sz=18),
        bx("**Stop in routejaar 1 of 2.** De leerling maakt het vmbo af in de kaderberoepsgerichte leerweg, in Zorg en welzijn of een ander profiel van CSG Haringvliet, en haalt daar zijn vmbo-diploma.", sz=18),
        bx("**Later stoppen.** De leerling kan bij ROC De Delta verder in een andere opleiding op niveau 2 of 3, bijvoorbeeld Helpende zorg en welzijn of Medewerker sport en recreatie; ook zonder vmbo-diploma, want binnen ROC De Delta gelden de vooropleidingseisen dan niet.", sz=18),
        bx("**Naar een andere school.** ROC De Delta zorgt voor een warme overdracht en helpt bij het geschiktheidsonderzoek van de nieuwe school.", sz=18),
        bx("**Wie beslist.** De mentor van CSG Haringvliet en de loopbaancoach van ROC De Delta maken samen een voorstel. De routeleiders besluiten samen, op grond van wat de leerling al heeft behaald en zijn leeftijd, nadat leerling en ouders zijn gehoord.", sz=18),
        bx("**Hoe snel.** Binnen zes weken na het besluit begint de leerling op zijn nieuwe plek.", sz=18),
    ]
    b.append(P("Als het anders loopt", style="Heading2", page_break=True))
    b.append(P([textbox_run(overstap_box, 1, "Tekstvak Overstap", 2377440, 3749040),
                R("Soms blijkt de route toch niet te passen: de leerling wil iets anders, het niveau sluit niet aan of het gezin verhuist. Niemand valt dan tussen wal en schip. Wat er in die gevallen gebeurt, staat in het kader ‘Overstap in het kort’. Dat kader is onderdeel van deze overeenkomst en bindt ons net zo als de rest van de tekst.")]))
    b.append(P("Wij leggen de werkwijze ook uit in de schoolgids van CSG Haringvliet en in de studiegids van ROC De Delta, zodat leerlingen en ouders weten waar zij aan toe zijn."))

    b.append(H("Geld"))
    b.append(P("Tussen ons gaat geen bekostiging over en weer. Iedere school houdt wat zij van het Rijk ontvangt en betaalt zelf de docenten die zij inzet. CSG Haringvliet mag het skills lab en de oefenwoning zonder vergoeding gebruiken."))

    mz_box = [
        bx("**Meepraten in het kort**", sz=22, color="833C0B"),
        bx("Twee routeleerlingen uit routejaar 2 schuiven vier keer per jaar aan bij de studentenraad van ROC De Delta, met spreek- en stemrecht over alles wat de route raakt.", sz=18),
        bx("De medezeggenschapsraad van CSG Haringvliet en de ondernemingsraad van ROC De Delta houden één keer per jaar een gezamenlijke vergadering over de route. Daar bespreken zij het jaarverslag van de routeleiders en geven zij advies over voorgenomen wijzigingen.", sz=18),
    ]
    b.append(H("Meepraten"))
    b.append(P([vml_textbox_run(mz_box, "Tekstvak2", 190, 222),
                R("De gewone regels blijven gelden: de Wet medezeggenschap op scholen zolang de leerling bij CSG Haringvliet staat ingeschreven, daarna de regels van de WEB. Wat wij daar bovenop afspreken, staat in het kader ‘Meepraten in het kort’; ook dat kader hoort bij deze overeenkomst.")]))

    b.append(H("Als wij het oneens zijn"))
    b.append(P("Verschillen van mening over de uitvoering van deze overeenkomst bespreken eerst de routeleiders. Komen zij er binnen vier weken niet uit, dan gaan de twee bestuursvoorzitters met elkaar in gesprek. Lukt het ook hun binnen vier weken niet, dan schakelen wij samen een mediator in. Blijft het daarna een geschil, dan beslist de rechtbank Rotterdam."))

    b.append(H("Erbij komen, veranderen en stoppen"))
    b.append(P("**Erbij komen.** Een andere vmbo-school of mbo-instelling mag meedoen als wij allebei schriftelijk instemmen en de nieuwe partij deze overeenkomst ondertekent. Zij doet mee vanaf 1 augustus van het volgende schooljaar, en wij melden dat bij DUO."))
    b.append(P("**Veranderen.** Deze overeenkomst verandert alleen schriftelijk, met de handtekening van beide besturen. Een verandering geldt niet voor een lopend schooljaar als leerlingen daar last van krijgen."))
    b.append(P("**Stoppen.** Ieder van ons kan de overeenkomst opzeggen met een termijn van een heel schooljaar, per 1 augustus. Vanaf de opzegging nemen wij geen nieuwe leerlingen meer aan; leerlingen die al zijn begonnen, maken hun route bij ons af."))
    b.append(P("Deze overeenkomst geldt vanaf 1 augustus 2025 en loopt door tot een van ons opzegt."))

    b.append(H("Ondertekening"))
    sig = table([
        [cell([P("**CSG Haringvliet**"), P("Middelharnis, 24 juni 2025"), P(" ", before=360), P("J.W. Tanis, voorzitter college van bestuur")], 4531),
         cell([P("**ROC De Delta**"), P("Sommelsdijk, 24 juni 2025"), P(" ", before=360), P("E. Koppenol-Verhage, voorzitter college van bestuur")], 4531)],
    ], [4531, 4531], borders=False)
    b.append(sig)

    write_docx(path, "".join(b), "Samen op weg naar de zorg – SOK DLR Zorg en welzijn", "L. van der Sluijs",
               styles_xml(font="Calibri", size=22, head_font="Calibri Light", head_color="1F4E79", h2_size=26),
               footer=page_footer_xml("Samen op weg naar de zorg – CSG Haringvliet en ROC De Delta"),
               company="CSG Haringvliet")


# ---------------------------------------------------------------------------------------------
# 63 - Word table of contents field (stale)
# ---------------------------------------------------------------------------------------------

def build_63(path):
    toc_stale = [
        ("Artikel 1 Begripsbepalingen", "_Toc198347101", "2"),
        ("Artikel 2 Onderwerp en route", "_Toc198347102", "2"),
        ("Artikel 3 Betrokkenheid werkveld", "_Toc198347103", "3"),
        ("Artikel 4 Leiding van de route", "_Toc198347104", "3"),
        ("Artikel 5 Informatie en verantwoording", "_Toc198347105", "3"),
        ("Artikel 6 Inrichting van het onderwijs", "_Toc198347106", "4"),
        ("Artikel 7 Overstapmogelijkheden", "_Toc198347107", "4"),
        ("Artikel 8 Financiële afspraken", "_Toc198347108", "5"),
        ("Artikel 9 Medezeggenschap", "_Toc198347109", "5"),
        ("Artikel 10 Geschilbeslechting", "_Toc198347110", "5"),
        ("Artikel 11 Toetreding, wijziging en beëindiging", "_Toc198347111", "6"),
        ("Artikel 12 Slotbepalingen", "_Toc198347112", "6"),
    ]
    tabs = [("right", 9062, "dot")]
    b = []
    b.append(P("Samenwerkingsovereenkomst doorlopende leerroute Transport en logistiek Delft", style="Title"))
    b.append(P("Schieveste College – ROC Westhaven | kenmerk SOK-2025-014 | definitieve versie", style="Subtitle"))
    b.append(P("Inhoud", style="TOCHeading"))
    for n, (text, anchor, page) in enumerate(toc_stale):
        runs = ""
        if n == 0:
            runs += ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
                     '<w:r><w:instrText xml:space="preserve"> TOC \\o "1-1" \\h \\z \\u </w:instrText></w:r>'
                     '<w:r><w:fldChar w:fldCharType="separate"/></w:r>')
        link = (R(text, rstyle="Hyperlink", extra="") + '<w:r><w:rPr><w:webHidden/></w:rPr><w:tab/></w:r>'
                + '<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
                + f'<w:r><w:rPr><w:webHidden/></w:rPr><w:instrText xml:space="preserve"> PAGEREF {anchor} \\h </w:instrText></w:r>'
                + '<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
                + f'<w:r><w:rPr><w:webHidden/></w:rPr><w:t>{page}</w:t></w:r>'
                + '<w:r><w:rPr><w:webHidden/></w:rPr><w:fldChar w:fldCharType="end"/></w:r>')
        runs += f'<w:hyperlink w:anchor="{anchor}" w:history="1">{link}</w:hyperlink>'
        b.append(P([runs], style="TOC1", tabs=tabs))
    b.append(P(['<w:r><w:fldChar w:fldCharType="end"/></w:r>']))
    b.append(P(['<w:r><w:br w:type="page"/></w:r>']))

    bm_id = [0]

    def art(text, anchor):
        bm_id[0] += 1
        i = bm_id[0]
        return P([f'<w:bookmarkStart w:id="{i}" w:name="{anchor}"/>', R(text), f'<w:bookmarkEnd w:id="{i}"/>'],
                 style="Heading1")

    def lid(nr, text):
        return P(nr + "\t" + text, ind={"left": 567, "hanging": 567}, jc="both")

    b.append(P("**Partijen**", keep_next=True))
    b.append(lid("1.", "Stichting Scholengroep Delfland, statutair gevestigd te Delft, bevoegd gezag van het Schieveste College, school voor vmbo te Delft, rechtsgeldig vertegenwoordigd door de heer M.C. Oudshoorn, voorzitter van het college van bestuur, hierna: ‘de school’;"))
    b.append(lid("2.", "Stichting Regionaal Opleidingencentrum Westhaven, statutair gevestigd te ’s-Gravenhage, rechtsgeldig vertegenwoordigd door mevrouw S. El Amrani, voorzitter van het college van bestuur, hierna: ‘Westhaven’."))
    b.append(P("**Overwegingen**", keep_next=True))
    b.append(lid("A.", "Partijen willen leerlingen met belangstelling voor transport en logistiek een ononderbroken leerweg bieden van de gemengde leerweg naar een middenkaderopleiding, zonder overlap in de leerstof."))
    b.append(lid("B.", "Het werkveld in Haaglanden heeft behoefte aan logistiek leidinggevenden en heeft laten weten de route te willen steunen."))
    b.append(lid("C.", "De wet schrijft voor dat een doorlopende leerroute wordt verzorgd op grond van een samenwerkingsovereenkomst (artikel 2.107b WVO 2020; artikel 9.1.3 WEB)."))
    b.append(P("Partijen komen het volgende overeen."))

    b.append(art("Artikel 1 Begripsbepalingen", "_Toc198347101"))
    b.append(P("In deze overeenkomst wordt verstaan onder:"))
    for t in [
        "a.\troute: de doorlopende leerroute bedoeld in artikel 2;",
        "b.\troutejaar: een leerjaar van de route, waarbij routejaar 1 samenvalt met leerjaar 3 van het vmbo;",
        "c.\trouteteam: het team bedoeld in artikel 3;",
        "d.\twerkveld: de logistieke dienstverleners, verladers en havenbedrijven in Haaglanden die als leerbedrijf zijn erkend;",
        "e.\tPTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route;",
        "f.\tbesturen: de colleges van bestuur van partijen.",
    ]:
        b.append(P(t, ind={"left": 567, "hanging": 567}))

    b.append(art("Artikel 2 Onderwerp en route", "_Toc198347102"))
    b.append(lid("2.1", "De school en Westhaven verzorgen gezamenlijk een doorlopende leerroute voor leerlingen van de gemengde leerweg met het profiel Mobiliteit en transport."))
    b.append(lid("2.2", "De route leidt tot het vmbo-diploma gemengde leerweg en tot het mbo-diploma Manager transport en logistiek (niveau 4, middenkaderopleiding in het opleidingsdomein Transport, scheepvaart en logistiek), in de beroepsopleidende leerweg."))
    b.append(lid("2.3", "Routejaar 1 en 2 vallen samen met leerjaar 3 en 4 van het vmbo; routejaar 3 tot en met 5 vormen het mbo-deel. De eerste groep begint op 1 augustus 2025."))
    b.append(lid("2.4", "Partijen melden de route gezamenlijk aan de minister door registratie in RIO vóór de start van de eerste groep."))

    b.append(art("Artikel 3 Leiding van de route", "_Toc198347104"))
    b.append(lid("3.1", "De leiding over de route berust bij het routeteam, dat bestaat uit de afdelingsleider bovenbouw van de school, de opleidingsmanager Logistiek van Westhaven en de routecoördinator."))
    b.append(lid("3.2", "Elk bestuur wijst zijn eigen lid van het routeteam aan. De routecoördinator wordt door de besturen gezamenlijk aangewezen op voordracht van de twee andere leden. Een aanwijzing geldt voor drie schooljaren en kan worden verlengd."))
    b.append(lid("3.3", "Het routeteam is belast met het opstellen van het jaarlijkse routeplan, het rooster en de verdeling van de lessen over de docenten van beide partijen, de voorbereiding van het PTA/OER en de toelating van leerlingen tot de route. Het is bevoegd om binnen de vastgestelde formatie docenten in te zetten en om over toelating en overstap te besluiten. Besluiten over formatie-uitbreiding en investeringen boven € 5.000 zijn voorbehouden aan de besturen."))

    b.append(art("Artikel 4 Informatie en verantwoording", "_Toc198347105"))
    b.append(lid("4.1", "Het routeteam verstrekt de besturen ieder kwartaal een dashboard met de aantallen leerlingen per routejaar, het verzuim, de overstappen en de uitputting van het budget."))
    b.append(lid("4.2", "Jaarlijks vóór 15 november legt het routeteam in een verantwoordingsverslag over het afgelopen schooljaar rekenschap af aan beide besturen. Het verslag wordt besproken in het bestuurlijk overleg, dat twee keer per jaar plaatsvindt."))

    b.append(art("Artikel 5 Inrichting van het onderwijs", "_Toc198347106"))
    b.append(lid("5.1", "Routejaar 1 en 2 worden verzorgd in het gebouw van de school in Delft; vanaf routejaar 2 volgt de leerling twee dagdelen per week onderwijs op de Logistiek Campus van Westhaven in Delft-Zuid. Routejaar 3 tot en met 5 worden verzorgd op de Logistiek Campus."))
    b.append(lid("5.2", "De route wordt gegeven door één docententeam. Westhaven zet in routejaar 1 en 2 een docent logistiek in voor vier lesuren per week; de school zet in routejaar 3 haar docent Engels in. Voor de vakoverstijgende module Logistieke processen wordt gebruikgemaakt van teambevoegdheid; het team is als geheel bevoegd voor alle onderdelen van die module."))
    b.append(lid("5.3", "Westhaven stelt haar magazijnsimulatie met warehousesoftware, de rijsimulator en het oefenterrein voor de heftruck ter beschikking aan de leerlingen van de route; de school stelt haar ICT-lokaal en het praktijklokaal Mobiliteit en transport ter beschikking."))
    b.append(lid("5.4", "Het onderwijsprogramma, de examinering en de beroepspraktijkvorming worden per routejaar beschreven in het PTA/OER, dat de besturen jaarlijks vóór 1 oktober vaststellen."))
    b.append(lid("5.5", "In routejaar 1 en 2 staat de leerling ingeschreven bij de school, daarna bij Westhaven. Verzuim wordt gemeld door de partij waar de leerling op dat moment is ingeschreven."))

    b.append(art("Artikel 6 Overstapmogelijkheden", "_Toc198347107"))
    b.append(lid("6.1", "Wordt de deelname van een leerling aan de route beëindigd voordat hij die met succes heeft afgerond, dan stellen de school en Westhaven gezamenlijk, na overleg met de leerling en zijn ouders, vast welk vervolg past bij het bereikte onderwijsniveau en de leeftijd van de leerling."))
    b.append(lid("6.2", "Daarbij staan in elk geval de volgende mogelijkheden open:"))
    for t in [
        "a.\tin routejaar 1 of 2: voortzetting in de reguliere gemengde of kaderberoepsgerichte leerweg van de school, gericht op het vmbo-diploma;",
        "b.\theeft de leerling aan het eind van routejaar 3 het vmbo-diploma niet behaald: voortzetting zonder dat diploma in een mbo-opleiding op niveau 3 van Westhaven, zoals Logistiek teamleider, zonder toepassing van de vooropleidingseisen;",
        "c.\tvanaf routejaar 3: overstap naar een andere opleiding op niveau 4 binnen Westhaven, in een ander opleidingsdomein als de leerling dat wil, of naar een andere instelling na een geschiktheidsonderzoek door die instelling;",
        "d.\tblijkt niveau 4 te hoog gegrepen: overstap naar Logistiek teamleider op niveau 3 met behoud van de behaalde onderdelen.",
    ]:
        b.append(P(t, ind={"left": 1134, "hanging": 567}, jc="both"))

    b.append(art("Artikel 7 Financiële afspraken", "_Toc198347108"))
    b.append(lid("7.1", "In routejaar 1 en 2 ontvangt de school de bekostiging voor de leerlingen van de route; vanaf routejaar 3 ontvangt Westhaven die."))
    b.append(lid("7.2", "Met ingang van routejaar 2 draagt de school jaarlijks een bedrag van € 1.150 per routeleerling over aan Westhaven."))
    b.append(lid("7.3", "Peildatum voor het aantal leerlingen is 1 oktober. Westhaven zendt in maart een factuur; de school betaalt binnen dertig dagen."))

    b.append(art("Artikel 8 Medezeggenschap", "_Toc198347109"))
    b.append(lid("8.1", "Partijen stellen een routecommissie in van twee leden uit de medezeggenschapsraad van de school (een ouder en een leerling) en twee leden uit de studentenraad van Westhaven."))
    b.append(lid("8.2", "Het routeteam legt het jaarlijkse routeplan en iedere voorgenomen wijziging van het PTA/OER voor advies aan de routecommissie voor. Het routeteam reageert schriftelijk op het advies en motiveert waarom het daarvan afwijkt."))
    b.append(lid("8.3", "De rechten van de medezeggenschapsraad, de studentenraad en de ondernemingsraad op grond van de wet blijven onverkort gelden."))

    b.append(art("Artikel 9 Geschilbeslechting", "_Toc198347110"))
    b.append(lid("9.1", "Partijen voorzien in de wijze van geschilbeslechting tussen de deelnemende partijen over de uitvoering van de overeenkomst, als bedoeld in artikel 2.107b, tweede lid, onder h, WVO 2020."))

    b.append(art("Artikel 10 Toetreding, wijziging en beëindiging", "_Toc198347111"))
    b.append(lid("10.1", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden met schriftelijke instemming van beide besturen, door ondertekening van een toetredingsakte waarin zij alle rechten en plichten uit deze overeenkomst aanvaardt. Toetreding gaat in per 1 augustus; partijen melden haar bij DUO."))
    b.append(lid("10.2", "Deze overeenkomst kan alleen schriftelijk en met instemming van alle partijen worden gewijzigd. Wijzigingen van het programma gaan pas in bij het begin van een nieuw schooljaar."))
    b.append(lid("10.3", "Deze overeenkomst geldt voor vijf jaar vanaf 1 augustus 2025 en wordt daarna telkens stilzwijgend met vijf jaar verlengd. Iedere partij kan haar schriftelijk opzeggen per 1 augustus, met inachtneming van een opzegtermijn van twaalf maanden."))
    b.append(lid("10.4", "Na opzegging of ontbinding worden geen nieuwe leerlingen meer tot de route toegelaten. Leerlingen die dan al aan de route deelnemen, ronden die af volgens het geldende PTA/OER; partijen blijven daarvoor de afspraken uit deze overeenkomst nakomen."))

    b.append(art("Artikel 11 Slotbepalingen", "_Toc198347112"))
    b.append(lid("11.1", "Deze overeenkomst vervangt de intentieverklaring die partijen op 14 maart 2024 hebben getekend."))
    b.append(lid("11.2", "Op deze overeenkomst is Nederlands recht van toepassing."))

    b.append(P("Aldus overeengekomen en ondertekend te Delft op 30 juni 2025.", before=240))
    sig = table([
        [cell([P("**Stichting Scholengroep Delfland**"), P(" ", before=480), P("M.C. Oudshoorn"), P("voorzitter college van bestuur")], 4531),
         cell([P("**Stichting ROC Westhaven**"), P(" ", before=480), P("S. El Amrani"), P("voorzitter college van bestuur")], 4531)],
    ], [4531, 4531], borders=False)
    b.append(sig)

    write_docx(path, "".join(b), "SOK DLR Transport en logistiek Delft", "J. Hoogendoorn",
               styles_xml(font="Cambria", size=21, head_font="Cambria", head_color="17365D", h1_size=24),
               footer=page_footer_xml("SOK-2025-014 Schieveste College – ROC Westhaven"), company="Scholengroep Delfland")


# ---------------------------------------------------------------------------------------------
# 64 - school template with content controls
# ---------------------------------------------------------------------------------------------

PLACEHOLDER = "Klik of tik om tekst in te voeren."


class Sdt:
    def __init__(self):
        self.n = -1902735000

    def _pr(self, alias, tag, placeholder=False, kind=""):
        self.n += 7331
        return (f'<w:sdtPr><w:alias w:val="{esc(alias)}"/><w:tag w:val="{esc(tag)}"/><w:id w:val="{self.n}"/>'
                + ("<w:showingPlcHdr/>" if placeholder else "") + kind + "</w:sdtPr>")

    def inline(self, text, alias, tag, placeholder=False):
        run = R(text, rstyle="PlaceholderText") if placeholder else R(text)
        return f'<w:sdt>{self._pr(alias, tag, placeholder, "<w:text/>")}<w:sdtContent>{run}</w:sdtContent></w:sdt>'

    def block(self, paras, alias, tag, placeholder=False):
        if placeholder:
            paras = [P([R(PLACEHOLDER, rstyle="PlaceholderText")], ind={"left": 284})]
        return f'<w:sdt>{self._pr(alias, tag, placeholder)}<w:sdtContent>{"".join(paras)}</w:sdtContent></w:sdt>'

    def date(self, iso, shown, alias, tag):
        kind = (f'<w:date w:fullDate="{iso}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="nl-NL"/>'
                '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>')
        return f'<w:sdt>{self._pr(alias, tag, False, kind)}<w:sdtContent>{R(shown)}</w:sdtContent></w:sdt>'

    def dropdown(self, value, options, alias, tag):
        items = "".join(f'<w:listItem w:displayText="{esc(o)}" w:value="{esc(o)}"/>' for o in options)
        kind = f'<w:dropDownList w:lastValue="{esc(value)}">{items}</w:dropDownList>'
        return f'<w:sdt>{self._pr(alias, tag, False, kind)}<w:sdtContent>{R(value, b=True)}</w:sdtContent></w:sdt>'

    def checkbox(self, checked, alias, tag):
        kind = ('<w14:checkbox><w14:checked w14:val="%d"/><w14:checkedState w14:val="2612" w14:font="MS Gothic"/>'
                '<w14:uncheckedState w14:val="2610" w14:font="MS Gothic"/></w14:checkbox>') % (1 if checked else 0)
        run = R("☒" if checked else "☐", font="MS Gothic")
        return f'<w:sdt>{self._pr(alias, tag, False, kind)}<w:sdtContent>{run}</w:sdtContent></w:sdt>'


def build_64(path):
    s = Sdt()

    def H(t):
        return P(t, style="Heading2")

    def label_inline(label, answer_xml):
        return P([R(label + " ", b=True), answer_xml])

    def label(label):
        return P([R(label, b=True)], keep_next=True, after=40)

    def ans(*lines):
        return [P(t, ind={"left": 284}, after=60) for t in lines]

    b = []
    b.append(P("Samenwerkingsovereenkomst doorlopende leerroute vmbo-mbo", style="Title"))
    b.append(P("Invulformat Scholengroep Rijnstreek · versie 2024-1", style="Subtitle"))
    b.append(P("__Dit format wordt ingevuld door de routecoördinator en na akkoord van beide besturen ondertekend. De vetgedrukte vragen zijn vast; de antwoorden staan in de invulvelden.__", color="595959", sz=18))

    b.append(H("Partijen"))
    b.append(label_inline("Bevoegd gezag vmbo-school:", s.inline("Stichting Scholengroep Rijnstreek, gevestigd te Alphen aan den Rijn", "Bevoegd gezag school", "bg_school")))
    b.append(label_inline("School:", s.inline("Rijnstroom College (vmbo), Alphen aan den Rijn", "School", "school")))
    b.append(label_inline("Vertegenwoordigd door:", s.inline("R.A. Noordermeer, voorzitter college van bestuur", "Vertegenwoordiger school", "vert_school")))
    b.append(label_inline("Bevoegd gezag mbo-instelling:", s.inline("Stichting Regionaal Opleidingencentrum Oude Rijn, gevestigd te Leiden", "Bevoegd gezag instelling", "bg_instelling")))
    b.append(label_inline("Vertegenwoordigd door:", s.inline("drs. H. Kalkman, lid college van bestuur", "Vertegenwoordiger instelling", "vert_instelling")))
    b.append(P("Partijen verklaren de onderstaande afspraken te zijn overeengekomen voor de doorlopende leerroute die zij samen verzorgen."))

    b.append(H("1. De route"))
    b.append(label_inline("Profiel en leerweg vmbo:", s.inline("Economie en ondernemen, kaderberoepsgerichte leerweg", "Profiel", "profiel")))
    b.append(label_inline("Mbo-opleiding, niveau en leerweg:", s.inline("Verkoopspecialist, niveau 3, opleidingsdomein Handel, bol – college Handel & Ondernemen van ROC Oude Rijn", "Opleiding", "opleiding")))
    b.append(label_inline("Startdatum eerste groep:", s.date("2025-08-01", "1 augustus 2025", "Startdatum", "start")))
    b.append(label_inline("Opbouw:", s.inline("routejaar 1–2 = leerjaar 3 en 4 vmbo; routejaar 3–5 = mbo-fase (verkort, in totaal 4,5 jaar)", "Opbouw", "opbouw")))

    b.append(H("2. Bedrijfsleven"))
    b.append(label("Welke bedrijven en organisaties zijn betrokken?"))
    b.append(s.block(ans("Ondernemersvereniging Alphen Centrum (namens ruim veertig winkels), Tuincentrum Rijnhof, Bouwmarkt Stadswerf, Sportzaak Van Veen en de regioadviseur van SBB."), "Bedrijven", "bedrijven"))
    b.append(label("Op welke manier zijn zij betrokken?"))
    b.append(s.block(ans(
        "– De bedrijven bieden samen ten minste twaalf bpv-plaatsen per cohort in routejaar 2 tot en met 5; SBB ziet toe op de erkenning.",
        "– In routejaar 1 en 2 voert elke leerling twee keer per jaar een winkelopdracht uit in een van de winkels.",
        "– Een medewerker van het leerbedrijf beoordeelt de verkoopproeve mee.",
        "– Elk jaar in oktober praten de bedrijven in het werkveldoverleg mee over de inhoud van het programma en de keuzedelen."), "Rol bedrijven", "rol_bedrijven"))

    b.append(H("3. Leiding van de route"))
    b.append(label("Samenstelling:"))
    b.append(s.block(ans("De routecoördinator van het Rijnstroom College en de opleidingsmanager Handel van ROC Oude Rijn vormen samen de routeleiding."), "Samenstelling", "samenstelling"))
    b.append(label("Wijze van benoeming:"))
    b.append(s.block(ans("Ieder college van bestuur wijst zijn eigen lid van de routeleiding aan, telkens voor twee schooljaren. De besturen maken de aanwijzing schriftelijk aan elkaar bekend."), "Benoeming", "benoeming"))
    b.append(label("Taken en bevoegdheden:"))
    b.append(s.block(ans("De routeleiding stelt het jaarrooster en de lessenverdeling vast, plant de bpv, bereidt het gezamenlijke PTA/OER voor, laat leerlingen tot de route toe en besluit over een overstap (zie 6). Zij beheert het routebudget van € 15.000 per jaar; uitgaven daarboven en besluiten over personeel liggen bij de besturen."), "Taken", "taken"))

    b.append(H("4. Verantwoording aan de besturen"))
    b.append(label("Hoe en hoe vaak informeert de routeleiding de besturen en legt zij verantwoording af?"))
    b.append(s.block([], "Verantwoording", "verantwoording", placeholder=True))

    b.append(H("5. Organisatie en onderwijs"))
    b.append(label("Locatie(s):"))
    b.append(s.block(ans("Routejaar 1–2: Rijnstroom College, Alphen aan den Rijn; vanaf routejaar 2 één dag per week bij ROC Oude Rijn, locatie Rijnhaven. Routejaar 3–5: ROC Oude Rijn, locatie Rijnhaven."), "Locaties", "locaties"))
    b.append(label("Inzet personeel:"))
    b.append(s.block(ans("Eén docententeam. ROC Oude Rijn levert in routejaar 1–2 een docent retail voor vijf lesuren per week; het Rijnstroom College levert in routejaar 3 de docent Nederlands en rekenen."), "Personeel", "personeel"))
    b.append(P([R("Teambevoegdheid wordt benut: ", b=True), s.checkbox(True, "Teambevoegdheid", "teambevoegdheid"),
                R(" ja, voor de module Winkelpraktijk, waarin de beroepsgerichte vakken van het vmbo en de werkprocessen van het mbo samengaan.")]))
    b.append(label("Faciliteiten:"))
    b.append(s.block(ans("Het leerwarenhuis (oefenwinkel met kassasystemen) en het e-commercelab van ROC Oude Rijn; het praktijklokaal Economie en ondernemen van het Rijnstroom College. Over en weer zonder kosten."), "Faciliteiten", "faciliteiten"))
    b.append(label("Programma en examinering per leerjaar:"))
    b.append(s.block(ans("Vastgelegd per routejaar in één PTA/OER, dat beide besturen jaarlijks vóór 1 oktober vaststellen."), "PTA OER", "pta_oer"))

    b.append(H("6. Overstapoptie"))
    b.append(label("Welke mogelijkheden heeft een leerling die de route verlaat?"))
    b.append(s.block(ans(
        "– Tijdens routejaar 1–2: verder in de reguliere kaderberoepsgerichte leerweg van het Rijnstroom College, met het vmbo-diploma als doel.",
        "– Geen vmbo-diploma aan het eind van routejaar 3: instroom in een andere mbo-opleiding van ROC Oude Rijn op niveau 2 of 3 (bijvoorbeeld Verkoopmedewerker of Medewerker logistiek); binnen ROC Oude Rijn gelden de vooropleidingseisen dan niet.",
        "– Andere richting of andere school: overstap naar een opleiding op hetzelfde niveau in een ander domein, bij ROC Oude Rijn of – na een geschiktheidsonderzoek – bij een andere instelling."), "Overstap", "overstap"))
    b.append(label("Wie beslist?"))
    b.append(s.block(ans("Het Rijnstroom College en ROC Oude Rijn samen, via de routeleiding, na een gesprek met de leerling en zijn ouders en op basis van het bereikte onderwijsniveau en de leeftijd van de leerling."), "Wie beslist", "overstap_besluit"))

    b.append(H("7. Financiën"))
    b.append(P([R("Wordt bekostiging overgedragen? ", b=True), s.dropdown("Nee", ["Ja", "Nee"], "Overdracht bekostiging", "overdracht")]))
    b.append(label("Toelichting:"))
    b.append(s.block(ans("Er wordt geen bekostiging overgedragen. Ieder draagt de eigen kosten; het gebruik van elkaars faciliteiten wordt niet verrekend."), "Toelichting financien", "fin_toelichting"))

    b.append(H("8. Medezeggenschap (aanvullende afspraken)"))
    b.append(label("Welke aanvullende afspraken maken partijen over de medezeggenschap?"))
    b.append(s.block([], "Medezeggenschap", "medezeggenschap", placeholder=True))

    b.append(H("9. Geschillen"))
    b.append(label("Werkwijze bij een geschil tussen partijen over de uitvoering:"))
    b.append(s.block(ans(
        "1) De routeleiding probeert het geschil binnen drie weken op te lossen.",
        "2) Lukt dat niet, dan overleggen de bestuurders binnen zes weken.",
        "3) Blijft het geschil bestaan, dan beslist een commissie van drie bij bindend advies: ieder bestuur wijst één lid aan en die twee kiezen een onafhankelijke voorzitter."), "Geschillen", "geschillen"))

    b.append(H("10. Toetreding, opzegging en wijziging"))
    b.append(label("Toetreding van een andere school of instelling:"))
    b.append(s.block(ans("Mogelijk met schriftelijke instemming van beide besturen; de nieuwe partij ondertekent deze overeenkomst. Toetreding gaat in per 1 augustus en wordt bij DUO gemeld."), "Toetreding", "toetreding"))
    b.append(label("Opzegging en ontbinding:"))
    b.append(s.block(ans("Opzegging schriftelijk per 1 augustus, met een termijn van twaalf maanden. Ontbinding alleen bij een ernstige tekortkoming, na een ingebrekestelling met een hersteltermijn van drie maanden."), "Opzegging", "opzegging"))
    b.append(label("Wijziging:"))
    b.append(s.block(ans("Alleen schriftelijk, ondertekend door beide besturen; een wijziging gaat in bij de start van een schooljaar."), "Wijziging", "wijziging"))
    b.append(label("Gevolgen voor leerlingen:"))
    b.append(s.block(ans("Na opzegging of ontbinding stromen geen nieuwe leerlingen meer in. Leerlingen die al in de route zitten, maken die bij dezelfde partijen af."), "Gevolgen leerlingen", "gevolgen"))

    b.append(H("Ondertekening"))
    w = [2400, 3331, 3331]
    rows = [
        [cell(P("**Partij**"), w[0], shade="D9D9D9"), cell(P("**Scholengroep Rijnstreek**"), w[1], shade="D9D9D9"), cell(P("**ROC Oude Rijn**"), w[2], shade="D9D9D9")],
        [cell(P("Naam"), w[0]), cell(P([s.inline("R.A. Noordermeer", "Naam", "naam1")]), w[1]), cell(P([s.inline("drs. H. Kalkman", "Naam", "naam2")]), w[2])],
        [cell(P("Datum"), w[0]), cell(P([s.date("2025-06-26", "26 juni 2025", "Datum", "datum1")]), w[1]), cell(P([s.date("2025-06-27", "27 juni 2025", "Datum", "datum2")]), w[2])],
        [cell(P("Handtekening"), w[0]), cell(P(" ", before=480), w[1]), cell(P(" ", before=480), w[2])],
    ]
    b.append(table(rows, w, header_rows=1))

    write_docx(path, "".join(b), "Invulformat SOK doorlopende leerroute – Rijnstroom College / ROC Oude Rijn",
               "Routecoördinator Rijnstroom College",
               styles_xml(font="Verdana", size=18, head_color="2F5496", h2_size=22, after=100),
               footer=page_footer_xml("Invulformat SOK DLR · Scholengroep Rijnstreek · versie 2024-1", font_sz=14),
               company="Scholengroep Rijnstreek")


# ---------------------------------------------------------------------------------------------
# 65 - interne regeling of a verticale scholengemeenschap, besluit form
# ---------------------------------------------------------------------------------------------

def build_65(path):
    def art(t):
        return P(t, style="Heading2")

    def lid(nr, t):
        return P(f"{nr}.\t{t}", ind={"left": 425, "hanging": 425}, jc="both")

    def sub(letter, t):
        return P(f"{letter}.\t{t}", ind={"left": 850, "hanging": 425}, jc="both")

    b = []
    b.append(P("Regeling doorlopende leerroute Mobiliteit Peelland College", style="Title", jc="center"))
    b.append(P("Besluit van het college van bestuur van 24 juni 2025, nr. CvB/2025/117", jc="center", i=True))
    b.append(P("Het college van bestuur van Stichting Peelland College, verticale scholengemeenschap voor voorbereidend middelbaar beroepsonderwijs en middelbaar beroepsonderwijs, gevestigd te Gemert,", before=240))
    b.append(P("**gelet op** artikel 2.107b, derde lid, van de Wet voortgezet onderwijs 2020 en artikel 9.1.3, derde lid, van de Wet educatie en beroepsonderwijs;"))
    b.append(P("**overwegende dat**"))
    b.append(P("–\tde afdeling vmbo en de afdeling mbo van het Peelland College sinds 2021 samenwerken in de ‘Autoroute Peel’;", ind={"left": 425, "hanging": 425}))
    b.append(P("–\tdie samenwerking met ingang van het schooljaar 2025-2026 wordt voortgezet als doorlopende leerroute vmbo-mbo die geheel binnen de scholengemeenschap wordt verzorgd, zodat in plaats van een samenwerkingsovereenkomst een interne regeling wordt vastgesteld;", ind={"left": 425, "hanging": 425}))
    b.append(P("–\tde deelraad vmbo en de deelraad mbo op 3 juni 2025 over dit besluit hebben geadviseerd;", ind={"left": 425, "hanging": 425}))
    b.append(P("**besluit:**", before=120))
    b.append(P("vast te stellen de volgende regeling."))

    b.append(art("Artikel 1 Begrippen"))
    b.append(P("In deze regeling wordt verstaan onder:"))
    for l, t in [("a", "college: het college van bestuur van Stichting Peelland College;"),
                 ("b", "afdeling vmbo: het Peelland College vmbo, locatie Kerkstraat te Gemert;"),
                 ("c", "afdeling mbo: het Peelland College mbo, sector Techniek en mobiliteit, locatie De Koppel te Gemert;"),
                 ("d", "route: de doorlopende leerroute bedoeld in artikel 2;"),
                 ("e", "routejaar: een leerjaar van de route; routejaar 1 valt samen met leerjaar 3 van de afdeling vmbo;"),
                 ("f", "routeleider: de functionaris bedoeld in artikel 4.")]:
        b.append(sub(l, t))

    b.append(art("Artikel 2 De route"))
    b.append(lid(1, "De afdeling vmbo en de afdeling mbo verzorgen gezamenlijk een doorlopende leerroute voor leerlingen van de basisberoepsgerichte leerweg met het profiel Mobiliteit en transport."))
    b.append(lid(2, "De route leidt tot het vmbo-diploma in de basisberoepsgerichte leerweg en tot het mbo-diploma Autotechnicus, niveau 2 (basisberoepsopleiding in het opleidingsdomein Mobiliteit en voertuigen), in de beroepsopleidende leerweg."))
    b.append(lid(3, "De route omvat vier routejaren. Routejaar 1 en 2 zijn leerjaar 3 en 4 van de afdeling vmbo; routejaar 3 en 4 worden verzorgd door de afdeling mbo."))
    b.append(lid(4, "Het college meldt de route aan de minister door registratie in RIO, zowel voor de school als voor de instelling."))

    b.append(art("Artikel 3 Werkveld"))
    b.append(lid(1, "De afdeling mbo sluit per cohort met ten minste acht erkende leerbedrijven in de Peel – autobedrijven, bandenspecialisten en de werkplaats van een leasemaatschappij – een afspraak over bpv-plaatsen in routejaar 2 tot en met 4."))
    b.append(lid(2, "In routejaar 1 en 2 lopen de leerlingen per schooljaar twee snuffelstages van een week bij deze bedrijven."))
    b.append(lid(3, "Een leermeester uit het werkveld beoordeelt de praktijkexamens van de route mee."))
    b.append(lid(4, "De werkveldcommissie Mobiliteit, bestaande uit vijf ondernemers uit de regio, adviseert de routeleider ieder voorjaar over de keuzedelen en de inhoud van het programma."))

    b.append(art("Artikel 4 Routeleiding"))
    b.append(lid(1, "Het college benoemt een routeleider, op voordracht van de directeuren van de afdeling vmbo en de afdeling mbo, voor een periode van drie schooljaren. Herbenoeming is mogelijk."))
    b.append(lid(2, "De routeleider vormt met de teamleider bovenbouw van de afdeling vmbo en de teamleider Mobiliteit van de afdeling mbo het routeoverleg, dat ten minste eens per maand bijeenkomt."))
    b.append(lid(3, "Het college draagt de routeleider op: het opstellen van het jaarplan en het rooster van de route, de verdeling van de lessen over de docenten van beide afdelingen binnen de toegekende formatie, de voorbereiding van het PTA/OER, de toelating van leerlingen tot de route en de contacten met het werkveld."))
    b.append(lid(4, "De routeleider is bevoegd binnen het vastgestelde routebudget uitgaven te doen en namens het college te besluiten over de plaatsing van leerlingen in de bpv. Over formatie, investeringen en het beëindigen van de deelname van een leerling beslist het college."))

    b.append(art("Artikel 5 Verantwoording"))
    b.append(lid(1, "De routeleider legt jaarlijks vóór 1 december in een routeverslag verantwoording af aan het college over het afgelopen schooljaar. Het verslag bevat in elk geval de in-, door- en uitstroom, de examenresultaten, de bpv-plaatsingen, de besteding van het routebudget en de knelpunten."))
    b.append(lid(2, "In april brengt de routeleider een schriftelijke tussenrapportage uit. Beide stukken gaan ook naar de directeuren van de afdeling vmbo en de afdeling mbo en worden besproken in het managementoverleg met het college."))
    b.append(lid(3, "De routeleider verstrekt het college op verzoek alle inlichtingen over de route."))

    b.append(art("Artikel 6 Inrichting"))
    b.append(lid(1, "Routejaar 1 en 2 worden gegeven in het gebouw van de afdeling vmbo; de leerlingen zijn vanaf routejaar 1 twee dagdelen per week in de autowerkplaats van de afdeling mbo. Routejaar 3 en 4 worden gegeven op locatie De Koppel."))
    b.append(lid(2, "De route wordt verzorgd door één team van docenten van beide afdelingen. Twee docenten autotechniek van de afdeling mbo geven in routejaar 1 en 2 samen zes lesuren per week; de docent Nederlands en rekenen van de afdeling vmbo blijft in routejaar 3 betrokken. Voor de praktijkmodule Voertuigonderhoud wordt teambevoegdheid toegepast: het team is als geheel bevoegd en iedere docent is verantwoordelijk voor het deel waarvoor hij bevoegd is."))
    b.append(lid(3, "De route gebruikt de autowerkplaats van de afdeling mbo met hefbruggen, diagnoseapparatuur en lesauto’s, waaronder een elektrische auto, en het motorenlokaal van de afdeling vmbo."))
    b.append(lid(4, "Het onderwijsprogramma, de examinering en de bpv worden per routejaar beschreven in één PTA/OER, dat het college jaarlijks vóór 1 oktober vaststelt. Het vmbo-examen wordt uiterlijk in routejaar 2 afgenomen."))
    b.append(lid(5, "In routejaar 1 en 2 staat de leerling ingeschreven bij de afdeling vmbo, daarna bij de afdeling mbo."))

    b.append(art("Artikel 7 Overstap"))
    b.append(lid(1, "Wordt de deelname van een leerling aan de route beëindigd voordat hij die met succes heeft afgerond, dan beslissen de directeur van de afdeling vmbo en de directeur van de afdeling mbo gezamenlijk, na een gesprek met de leerling en zijn ouders, welk vervolg past bij het bereikte onderwijsniveau en de leeftijd van de leerling."))
    b.append(lid(2, "Daarbij gelden de volgende mogelijkheden:"))
    b.append(sub("a", "in routejaar 1 of 2: voortzetting in de reguliere basis- of kaderberoepsgerichte leerweg van de afdeling vmbo, in het profiel Mobiliteit en transport of een ander profiel, gericht op het vmbo-diploma;"))
    b.append(sub("b", "is de leerling afgewezen voor het vmbo-examen of heeft hij aan het eind van routejaar 3 geen vmbo-diploma: voortzetting in de afdeling mbo in de route of in een andere opleiding op niveau 2, zonder toepassing van de vooropleidingseisen, of – als de leerling dat wil – een herkansingsjaar in de afdeling vmbo;"))
    b.append(sub("c", "past de richting niet: overstap naar een andere opleiding op niveau 2 binnen de afdeling mbo of, na een geschiktheidsonderzoek, naar een opleiding bij een andere instelling in de regio."))
    b.append(lid(3, "De overstap vindt binnen zes weken na het besluit plaats, met een warme overdracht door de mentor. De werkwijze wordt beschreven in de schoolgids en de studiegids."))

    b.append(art("Artikel 8 Bekostiging"))
    b.append(lid(1, "De route wordt binnen één rechtspersoon verzorgd. Er vindt geen overdracht van bekostiging plaats als bedoeld in artikel 5.42a WVO 2020 of artikel 9.1.15 WEB."))
    b.append(lid(2, "De kosten van de route worden in de begroting van de stichting toegerekend aan de afdeling die de activiteit uitvoert."))

    b.append(art("Artikel 9 Evaluatie en wijziging"))
    b.append(lid(1, "Het college evalueert de route na twee schooljaren aan de hand van de routeverslagen."))
    b.append(lid(2, "Wijzigingen van deze regeling gaan in bij het begin van een schooljaar; leerlingen die al in de route zitten, ronden die af onder de regeling die gold bij hun start, tenzij de wijziging voor hen gunstiger is."))

    b.append(art("Artikel 10 Inwerkingtreding en citeertitel"))
    b.append(lid(1, "Deze regeling treedt in werking op 1 augustus 2025."))
    b.append(lid(2, "Deze regeling wordt aangehaald als: Regeling DLR Mobiliteit Peelland College."))

    b.append(P("Aldus vastgesteld door het college van bestuur te Gemert op 24 juni 2025.", before=240))
    sig = table([[cell([P(" ", before=400), P("drs. W.J.M. van den Broek"), P("voorzitter college van bestuur")], 4531),
                  cell([P(" ", before=400), P("ing. A. Hendriks-Leenders"), P("lid college van bestuur")], 4531)]],
                [4531, 4531], borders=False)
    b.append(sig)

    b.append(P("Toelichting", style="Heading1", before=360))
    b.append(P("**Algemeen.** Omdat de afdeling vmbo en de afdeling mbo deel uitmaken van dezelfde rechtspersoon, sluit het Peelland College geen samenwerkingsovereenkomst met zichzelf. De wet vraagt in dat geval een interne regeling over dezelfde onderwerpen, met uitzondering van de geschilbeslechting, de toetreding, opzegging en wijziging en de medezeggenschap. Deze regeling voorziet daarin."))
    b.append(P("**Artikel 7.** De overstap volgt de wettelijke overstapoptie: binnen de eigen instelling gelden de vooropleidingseisen niet; een andere instelling mag een geschiktheidsonderzoek doen."))
    b.append(P("**Artikel 8.** Binnen één rechtspersoon is er geen sprake van overdracht van bekostiging tussen school en instelling. De kosten worden intern toegerekend."))

    write_docx(path, "".join(b), "Regeling DLR Mobiliteit Peelland College", "Bestuursbureau Peelland College",
               styles_xml(font="Times New Roman", size=22, head_color="000000", h1_size=24, h2_size=22),
               footer=page_footer_xml("Regeling DLR Mobiliteit – CvB/2025/117"), company="Stichting Peelland College")


# ---------------------------------------------------------------------------------------------
# 66 - five parties, legal multi-level auto-numbering from numbering.xml
# ---------------------------------------------------------------------------------------------

def numbering_66():
    def lvl(ilvl, fmt, text, left, hanging, pstyle=None, bold=False, start=1):
        ps = f'<w:pStyle w:val="{pstyle}"/>' if pstyle else ""
        rpr = "<w:rPr><w:b/><w:bCs/></w:rPr>" if bold else ""
        return (f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>{ps}'
                f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
                f'<w:pPr><w:ind w:left="{left}" w:hanging="{hanging}"/></w:pPr>{rpr}</w:lvl>')

    legal = ['<w:abstractNum w:abstractNumId="0"><w:nsid w:val="5A1C2E01"/><w:multiLevelType w:val="multilevel"/>'
             '<w:tmpl w:val="0413001F"/>',
             lvl(0, "decimal", "%1.", 567, 567, pstyle="Heading1", bold=True),
             lvl(1, "decimal", "%1.%2", 567, 567),
             lvl(2, "decimal", "%1.%2.%3", 1304, 737),
             lvl(3, "lowerLetter", "(%4)", 1758, 454),
             lvl(4, "lowerRoman", "(%5)", 2211, 453),
             lvl(5, "decimal", "%6.", 2665, 454),
             lvl(6, "decimal", "%7.", 3119, 454),
             lvl(7, "decimal", "%8.", 3572, 453),
             lvl(8, "decimal", "%9.", 4026, 454),
             "</w:abstractNum>"]
    parties = ['<w:abstractNum w:abstractNumId="1"><w:nsid w:val="5A1C2E02"/><w:multiLevelType w:val="singleLevel"/>',
               lvl(0, "decimal", "(%1)", 567, 567), "</w:abstractNum>"]
    recitals = ['<w:abstractNum w:abstractNumId="2"><w:nsid w:val="5A1C2E03"/><w:multiLevelType w:val="singleLevel"/>',
                lvl(0, "upperLetter", "(%1)", 567, 567), "</w:abstractNum>"]
    return (f'<w:numbering {ROOT_NS}>' + "".join(legal) + "".join(parties) + "".join(recitals)
            + '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>'
            + '<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>'
            + '<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>'
            + '</w:numbering>')


def build_66(path):
    def art(t):
        return P(t, style="Heading1")          # number comes from the style's numPr (level 0)

    def c(t):                                   # clause 1.1
        return P(t, style="Lid", num=(1, 1))

    def s(t):                                   # item 1.1.1
        return P(t, style="Lid", num=(1, 2))

    b = []
    b.append(P("SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTES VMBO-MBO BRAINPORT-WEST", style="Title", jc="center"))
    b.append(P("**DE ONDERGETEKENDEN:**", before=240))
    for t in [
        "Stichting Openbaar Voortgezet Onderwijs De Dommel, statutair gevestigd te Eindhoven, bevoegd gezag van het Dommeldal College (vmbo), rechtsgeldig vertegenwoordigd door de heer drs. T.J.M. Verhoeven, voorzitter van het college van bestuur, hierna: ‘Dommeldal’;",
        "Stichting Katholiek Voortgezet Onderwijs Best-Oirschot, statutair gevestigd te Best, bevoegd gezag van het Sint-Odulphus College (vmbo), rechtsgeldig vertegenwoordigd door mevrouw M.A. Schellekens-de Wit, voorzitter van het college van bestuur, hierna: ‘Sint-Odulphus’;",
        "Vereniging voor Christelijk Voortgezet Onderwijs Veldhoven, statutair gevestigd te Veldhoven, bevoegd gezag van het Heikant College (vmbo), rechtsgeldig vertegenwoordigd door de heer ing. R. Bruinsma, bestuurder, hierna: ‘Heikant’;",
        "Stichting Regionaal Opleidingencentrum Brainport, statutair gevestigd te Eindhoven, rechtsgeldig vertegenwoordigd door mevrouw dr. L.C. van Gerwen, voorzitter van het college van bestuur, hierna: ‘ROC Brainport’;",
        "Stichting Agrarisch Opleidingscentrum Zuidoost-Brabant, handelend onder de naam Groenwijs College, statutair gevestigd te Best, rechtsgeldig vertegenwoordigd door de heer ir. J.P.H. Aarts, voorzitter van het college van bestuur, hierna: ‘Groenwijs’;",
    ]:
        b.append(P(t, style="Lid", num=(2, 0)))
    b.append(P("partijen sub (1) tot en met (3) hierna samen ook: de ‘Scholen’; partijen sub (4) en (5) hierna samen ook: de ‘Instellingen’; alle partijen samen: ‘Partijen’,"))
    b.append(P("**NEMEN IN AANMERKING DAT:**", before=200))
    for t in [
        "de Scholen leerlingen opleiden in de kaderberoepsgerichte leerweg, Dommeldal en Sint-Odulphus in het profiel Produceren, installeren en energie en Heikant in de profielen Produceren, installeren en energie en Groen;",
        "ROC Brainport en Groenwijs mbo-opleidingen verzorgen in respectievelijk de maaktechniek en de dierverzorging;",
        "Partijen sinds 2022 samenwerken in het Platform Vakroutes Brainport-West en die samenwerking willen vastleggen in één samenwerkingsovereenkomst als bedoeld in artikel 2.107b WVO 2020 en artikel 9.1.3 WEB;",
    ]:
        b.append(P(t, style="Lid", num=(3, 0)))
    b.append(P("**VERKLAREN TE ZIJN OVEREENGEKOMEN ALS VOLGT:**", before=200))

    b.append(art("Begripsbepalingen"))
    b.append(c("In deze overeenkomst wordt verstaan onder:"))
    for t in [
        "Besturen: de colleges van bestuur, onderscheidenlijk het bestuur, van Partijen;",
        "Routes: de doorlopende leerroutes, bedoeld in artikel 2;",
        "Werkveldraad: de raad van leerbedrijven per Route, bedoeld in artikel 3;",
        "Regiegroep: het orgaan dat de leiding heeft over de Routes, bedoeld in artikel 4;",
        "Routecoördinator: de coördinator van een Route, bedoeld in artikel 4;",
        "Overstap: de overstapoptie, bedoeld in artikel 7;",
        "Routebijdrage: de bijdrage per leerling, bedoeld in artikel 8;",
        "Routeraad: het gezamenlijke overleg van de medezeggenschapsorganen, bedoeld in artikel 9;",
        "Geschillencommissie: de commissie, bedoeld in artikel 10;",
        "Toetredingsakte: de akte, bedoeld in artikel 11;",
        "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling per Route.",
    ]:
        b.append(s(t))
    b.append(c("Begrippen in het enkelvoud omvatten het meervoud en omgekeerd."))

    b.append(art("De routes"))
    b.append(c("Partijen verzorgen gezamenlijk de volgende doorlopende leerroutes:"))
    b.append(s("Route Maaktechniek: voor leerlingen van de kaderberoepsgerichte leerweg met het profiel Produceren, installeren en energie van Dommeldal, Sint-Odulphus en Heikant, leidend tot het vmbo-diploma en het mbo-diploma Allround verspaner, niveau 3 (opleidingsdomein Techniek en procesindustrie), van ROC Brainport, in de beroepsopleidende leerweg;"))
    b.append(s("Route Dier: voor leerlingen van de kaderberoepsgerichte leerweg met het profiel Groen van Heikant, leidend tot het vmbo-diploma en het mbo-diploma Vakbekwaam medewerker dierverzorging, niveau 3 (opleidingsdomein Voedsel, natuur en leefomgeving), van Groenwijs, in de beroepsopleidende leerweg."))
    b.append(c("Iedere Route omvat routejaar 1 en 2 (leerjaar 3 en 4 van het vmbo) en routejaar 3 tot en met 5 (de mbo-fase)."))
    b.append(c("Iedere School en iedere Instelling meldt de Routes waaraan zij deelneemt vóór 1 oktober 2025 zelf aan de minister door registratie in RIO."))

    b.append(art("Betrokkenheid van het werkveld"))
    b.append(c("Partijen stellen per Route een Werkveldraad in. De Werkveldraad Maaktechniek bestaat uit vier maakbedrijven uit de Brainport-regio, waaronder Precisietechniek Kempen B.V. en Dommel Metaalbewerking B.V.; de Werkveldraad Dier bestaat uit Dierenpark De Oirschotse Heide, twee dierenartsenpraktijken en een dierenpension."))
    b.append(c("De bedrijven in de Werkveldraad en de overige erkende leerbedrijven die aan een Route meewerken:"))
    for t in [
        "bieden iedere routeleerling vanaf routejaar 2 een bpv-plaats aan;",
        "verzorgen in routejaar 1 en 2 per schooljaar ten minste drie praktijkopdrachten en twee gastlessen;",
        "leveren praktijkbeoordelaars voor de proeve van bekwaamheid;",
        "adviseren twee keer per jaar over de inhoud van het programma, de keuzedelen en de aansluiting op de arbeidsmarkt.",
    ]:
        b.append(s(t))
    b.append(c("De Instellingen zorgen ervoor dat de leerbedrijven door SBB zijn erkend."))

    b.append(art("Regiegroep"))
    b.append(c("De leiding over de Routes berust bij de Regiegroep. Ieder Bestuur wijst uit zijn organisatie één lid van de Regiegroep aan, zodat de Regiegroep vijf leden telt. De Regiegroep kiest uit haar midden een voorzitter voor twee schooljaren."))
    b.append(c("Per Route stelt de Regiegroep een Routecoördinator aan, op voordracht van de Instelling die de mbo-opleiding van die Route verzorgt. De Routecoördinatoren wonen de vergaderingen bij zonder stemrecht."))
    b.append(c("De Regiegroep is belast met:"))
    for t in [
        "het vaststellen van het jaarlijkse routeplan per Route;",
        "de verdeling van de inzet van docenten en faciliteiten tussen Partijen, binnen de kaders die de Besturen vaststellen;",
        "het voorbereiden van het PTA/OER;",
        "de toelating van leerlingen en de besluiten over een Overstap, voor zover zij die niet aan een Routecoördinator heeft overgelaten.",
    ]:
        b.append(s(t))
    b.append(c("De Regiegroep besluit bij meerderheid van stemmen; een besluit dat een Partij financieel raakt, vergt de instemming van die Partij. Besluiten over de begroting van de Routes, de formatie en investeringen zijn voorbehouden aan de Besturen."))
    b.append(c("De Regiegroep vergadert ten minste zes keer per schooljaar."))

    b.append(art("Verantwoording aan de besturen"))
    b.append(c("De Regiegroep brengt jaarlijks vóór 1 december aan alle Besturen een jaarverslag per Route uit, met in elk geval de in-, door- en uitstroom, de bpv, de examenresultaten, de Overstappen en de besteding van de Routebijdrage."))
    b.append(c("In mei zendt de Regiegroep de Besturen een tussenrapportage over het lopende schooljaar."))
    b.append(c("De Besturen bespreken het jaarverslag eenmaal per jaar met de Regiegroep in een bestuurlijk overleg."))
    b.append(c("Ieder Bestuur kan de Regiegroep om aanvullende inlichtingen vragen; de Regiegroep verstrekt die binnen drie weken."))

    b.append(art("Inrichting van de routes"))
    b.append(c("Routejaar 1 en 2 worden verzorgd op de locatie van de School waar de leerling staat ingeschreven; vanaf routejaar 2 volgt de leerling één dag per week onderwijs bij de Instelling. Routejaar 3 tot en met 5 worden verzorgd op de Techniekcampus van ROC Brainport in Eindhoven (Route Maaktechniek) en op het terrein van Groenwijs in Best (Route Dier)."))
    b.append(c("Per Route werkt één docententeam van docenten van de Scholen en de betrokken Instelling. De Instellingen detacheren in routejaar 1 en 2 docenten bij de Scholen voor ten minste vier lesuren per week per groep. Partijen passen teambevoegdheid toe voor de vakoverstijgende praktijkonderdelen, onder de voorwaarden van artikel 7.13a WVO 2020 en artikel 9.1.12 WEB."))
    b.append(c("Partijen stellen elkaar zonder kosten hun faciliteiten ter beschikking, in elk geval:"))
    for t in [
        "de CNC-werkplaats en de meetkamer van ROC Brainport;",
        "de dierenverblijven, het dierenlab en de praktijkstal van Groenwijs;",
        "de praktijklokalen techniek en groen van de Scholen.",
    ]:
        b.append(s(t))
    b.append(c("Het onderwijsprogramma, de examinering en de bpv worden per Route en per routejaar vastgelegd in het PTA/OER, dat de Besturen jaarlijks vóór 1 oktober vaststellen."))
    b.append(c("Een klacht over een medewerker of bestuurder van een andere Partij wordt behandeld volgens de klachtenregeling van de Partij waar de leerling staat ingeschreven; de andere Partij verleent daaraan medewerking."))

    b.append(art("Overstap"))
    b.append(c("Wordt de deelname van een leerling aan een Route beëindigd voordat hij die met succes heeft afgerond, dan stellen de School en de Instelling van die Route gezamenlijk, na een gesprek met de leerling en zijn ouders, binnen vier weken vast welke Overstap past bij het bereikte onderwijsniveau en de leeftijd van de leerling."))
    b.append(c("Daarbij staan in elk geval open:"))
    for t in [
        "in routejaar 1 en 2: voortzetting in de reguliere kaderberoepsgerichte leerweg van de eigen School, gericht op het vmbo-diploma;",
        "overstap naar de andere Route, als de leerling het daarvoor vereiste profiel volgt of de achterstand kan inhalen;",
        "zonder vmbo-diploma aan het einde van routejaar 3: voortzetting in een andere opleiding op niveau 2 of 3 van dezelfde Instelling, zonder toepassing van de vooropleidingseisen;",
        "een opleiding op hetzelfde niveau bij een andere instelling in de regio, na een geschiktheidsonderzoek door die instelling en met een warme overdracht.",
    ]:
        b.append(s(t))

    b.append(art("Financiën"))
    b.append(c("In routejaar 1 en 2 draagt iedere School aan de Instelling van de Route een Routebijdrage over van € 780 per routeleerling per routejaar."))
    b.append(c("De Routebijdrage is bestemd voor de docenten die de Instelling bij de School detacheert en voor verbruiksmaterialen en diervoeding in de praktijklessen."))
    b.append(c("Peildatum is 1 oktober. De Instelling factureert in november; de School betaalt binnen dertig dagen."))
    b.append(c("Overigens draagt iedere Partij haar eigen kosten."))

    b.append(art("Medezeggenschap en routeraad"))
    b.append(c("Partijen stellen een Routeraad in, waarin de medezeggenschapsraden van de Scholen en de studentenraden van ROC Brainport en Groenwijs ieder één lid afvaardigen. De ondernemingsraden van de Instellingen mogen een toehoorder zenden."))
    b.append(c("De Routeraad vergadert twee keer per schooljaar met de Regiegroep en brengt advies uit over het routeplan, het PTA/OER en voorgenomen wijzigingen van deze overeenkomst. De Regiegroep reageert schriftelijk en gemotiveerd op het advies."))
    b.append(c("Routeleerlingen in routejaar 2 mogen met spreekrecht deelnemen aan de vergaderingen van de studentenraad van de Instelling van hun Route."))
    b.append(c("De bevoegdheden van de medezeggenschapsorganen op grond van de wet blijven onverlet."))

    b.append(art("Geschillen"))
    b.append(c("Een geschil tussen Partijen over de uitvoering van deze overeenkomst wordt eerst in de Regiegroep besproken."))
    b.append(c("Is het geschil niet binnen vier weken opgelost, dan leggen de betrokken Besturen het voor aan een bestuurlijk overleg, dat binnen vier weken bijeenkomt."))
    b.append(c("Blijft het geschil daarna bestaan, dan wordt het voorgelegd aan een Geschillencommissie van drie leden: iedere partij in het geschil benoemt één lid en deze leden benoemen samen een onafhankelijke voorzitter. Zijn meer dan twee Partijen betrokken, dan benoemen de Partijen aan elke kant van het geschil gezamenlijk één lid. De Geschillencommissie beslist bij bindend advies."))

    b.append(art("Toetreding, wijziging en opzegging"))
    b.append(c("Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als alle Besturen daarmee schriftelijk instemmen. De toetreder ondertekent een Toetredingsakte, waarin hij alle rechten en plichten uit deze overeenkomst aanvaardt. De toetreding gaat in per 1 augustus en wordt bij DUO gemeld."))
    b.append(c("Deze overeenkomst wordt alleen gewijzigd bij schriftelijke overeenkomst van alle Partijen. Een wijziging die het programma van een Route raakt, gaat niet in tijdens een lopend schooljaar."))
    b.append(c("Iedere Partij kan haar deelname aan deze overeenkomst schriftelijk opzeggen per 1 augustus, met een opzegtermijn van ten minste twaalf maanden. De overeenkomst blijft tussen de overige Partijen van kracht."))
    b.append(c("Na een opzegging neemt de opzeggende Partij geen nieuwe leerlingen meer in een Route op. Leerlingen die op dat moment aan een Route deelnemen, ronden die af; de opzeggende Partij blijft haar verplichtingen jegens die leerlingen nakomen totdat zij de Route hebben afgerond of zijn overgestapt."))

    b.append(art("Slotbepalingen"))
    b.append(c("Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor onbepaalde tijd."))
    b.append(c("Op deze overeenkomst is Nederlands recht van toepassing."))

    b.append(P("Aldus overeengekomen en in vijfvoud ondertekend.", before=240, keep_next=True))
    w = [3000, 3031, 3031]
    rows = [[cell(P("**Partij**"), w[0], shade="E7E6E6"), cell(P("**Naam en functie**"), w[1], shade="E7E6E6"),
             cell(P("**Plaats, datum en handtekening**"), w[2], shade="E7E6E6")]]
    for party, who, place in [
        ("Stichting Openbaar Voortgezet Onderwijs De Dommel", "drs. T.J.M. Verhoeven, voorzitter college van bestuur", "Eindhoven, 25 juni 2025"),
        ("Stichting Katholiek Voortgezet Onderwijs Best-Oirschot", "M.A. Schellekens-de Wit, voorzitter college van bestuur", "Best, 25 juni 2025"),
        ("Vereniging voor Christelijk Voortgezet Onderwijs Veldhoven", "ing. R. Bruinsma, bestuurder", "Veldhoven, 26 juni 2025"),
        ("Stichting Regionaal Opleidingencentrum Brainport", "dr. L.C. van Gerwen, voorzitter college van bestuur", "Eindhoven, 26 juni 2025"),
        ("Stichting Agrarisch Opleidingscentrum Zuidoost-Brabant (Groenwijs College)", "ir. J.P.H. Aarts, voorzitter college van bestuur", "Best, 27 juni 2025"),
    ]:
        rows.append([cell(P(party), w[0]), cell(P(who), w[1]), cell([P(place), P(" ", before=300)], w[2])])
    b.append(table(rows, w, header_rows=1))

    extra = ('<w:style w:type="paragraph" w:customStyle="1" w:styleId="Lid"><w:name w:val="Lid"/>'
             '<w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="80"/><w:jc w:val="both"/></w:pPr></w:style>')
    write_docx(path, "".join(b), "SOK doorlopende leerroutes Brainport-West", "Advocatenkantoor Van Rooij & Panken",
               styles_xml(font="Georgia", size=20, head_color="000000", h1_size=21,
                          h1_numpr='<w:numPr><w:numId w:val="1"/></w:numPr>', extra=extra),
               numbering=numbering_66(),
               header=page_header_xml("Van Rooij & Panken advocaten · dossier 2025.0412 · definitief"),
               footer=page_footer_xml("SOK DLR Brainport-West"), company="Van Rooij & Panken")


# ---------------------------------------------------------------------------------------------
# 67 - PDF checkbox form (very short)
# ---------------------------------------------------------------------------------------------

X, O = "☒", "☐"


def build_67(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import SimpleDocTemplate, Paragraph, Table, TableStyle, Spacer

    register_family("FormSans", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf",
                    "DejaVuSans-BoldOblique.ttf")
    st = ParagraphStyle("f", fontName="FormSans", fontSize=8.3, leading=10.6)
    stb = ParagraphStyle("fb", parent=st, fontName="FormSans-Bold")
    sth = ParagraphStyle("fh", parent=st, fontName="FormSans-Bold", fontSize=9.5, leading=12, textColor=colors.white)
    title = ParagraphStyle("t", fontName="FormSans-Bold", fontSize=12.5, leading=15.5)
    sub = ParagraphStyle("s", fontName="FormSans", fontSize=8, leading=10, textColor=colors.HexColor("#444444"))

    W = A4[0] - 3.2 * cm
    cw = [5.4 * cm, W - 5.4 * cm]

    def section(head, rows):
        data = [[Paragraph(pesc(head), sth), ""]]
        for q, a in rows:
            data.append([Paragraph(pesc(q), stb), Paragraph(pesc(a), st)])
        t = Table(data, colWidths=cw)
        t.setStyle(TableStyle([
            ("SPAN", (0, 0), (1, 0)),
            ("BACKGROUND", (0, 0), (1, 0), colors.HexColor("#2E6B5E")),
            ("BACKGROUND", (0, 1), (0, -1), colors.HexColor("#EEF4F2")),
            ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7A9E96")),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.6),
        ]))
        return [t, Spacer(1, 5)]

    story = [
        Paragraph("AANVINKFORMULIER SAMENWERKINGSOVEREENKOMST DOORLOPENDE LEERROUTE VMBO-MBO", title),
        Paragraph("Lekpoort College – ROC Lek en IJssel · schooljaar 2025-2026 · "
                  "dit ingevulde en ondertekende formulier is de samenwerkingsovereenkomst tussen partijen", sub),
        Spacer(1, 7),
    ]
    story += section("A. Partijen", [
        ("Vmbo-school (bevoegd gezag)", "Stichting Voortgezet Onderwijs Lekstroom, Nieuwegein, voor het Lekpoort College (vmbo); vertegenwoordigd door mw. drs. J.F. Blom, voorzitter college van bestuur"),
        ("Mbo-instelling (bevoegd gezag)", "Stichting Regionaal Opleidingencentrum Lek en IJssel, Nieuwegein; vertegenwoordigd door dhr. K. Ouwerkerk MBA, voorzitter college van bestuur"),
    ])
    story += section("B. De route", [
        ("Profiel vmbo", "Zorg en welzijn"),
        ("Leerweg vmbo", f"{X} basisberoepsgericht   {O} kaderberoepsgericht   {O} gemengd"),
        ("Mbo-opleiding", "Helpende zorg en welzijn, opleidingsdomein Zorg en welzijn"),
        ("Niveau", f"{X} 2   {O} 3   {O} 4"),
        ("Leerweg mbo", f"{X} bol   {O} bbl"),
        ("Start en opbouw", "1 augustus 2025; routejaar 1–2 = leerjaar 3–4 vmbo, routejaar 3–4 = mbo"),
    ])
    story += section("C. Werkveld", [
        ("Betrokken organisaties", "Woonzorgcentrum De Lekoever, Kinderopvang Het Speelkwartier en Thuiszorg Nieuwegein-Zuid (erkende leerbedrijven)"),
        ("Rol van het werkveld", f"{X} bpv-plaatsen in routejaar 2–4 (min. 10 per cohort)   {X} gastlessen (2 per jaar)   {X} meebeoordelen praktijkexamen   {O} advies over het programma"),
    ])
    story += section("D. Leiding", [
        ("Samenstelling", "Routeteam: teamleider bovenbouw Lekpoort College en teamleider Zorg ROC Lek en IJssel"),
        ("Benoeming", "Ieder college van bestuur wijst het eigen lid aan, voor twee schooljaren"),
        ("Taken en bevoegdheden", "Rooster, inzet van docenten binnen de afgesproken uren, bpv-plaatsing en toelating; beslist over uitgaven tot € 5.000 per jaar; al het overige ligt bij de besturen"),
    ])
    story += section("E. Verantwoording", [
        ("Vorm", f"{X} schriftelijke voortgangsrapportage   {X} overleg met beide besturen   {O} anders"),
        ("Frequentie", f"{O} per kwartaal   {X} halfjaarlijks (januari en juli)   {O} jaarlijks"),
        ("Aan", f"{X} college van bestuur Lekstroom   {X} college van bestuur ROC Lek en IJssel"),
    ])
    story += section("F. Inrichting", [
        ("Locaties", "Routejaar 1–2: Lekpoort College, vanaf routejaar 2 één dag per week bij ROC Lek en IJssel, Zorgplein Nieuwegein; routejaar 3–4: ROC Lek en IJssel"),
        ("Personeel", f"{X} één docententeam   {X} teambevoegdheid voor de praktijkvakken   {X} mbo-docent geeft in het vmbo les: 4 uur per week"),
        ("Faciliteiten", "Skills lab ‘De Zorgwoning’ van ROC Lek en IJssel (één dagdeel per week); verzorgingslokaal en keuken van het Lekpoort College"),
        ("Programma en examinering", f"{X} één gezamenlijk PTA/OER per routejaar, vastgesteld vóór 1 oktober"),
    ])
    story += section("G. Overstap", [
        ("Wat gebeurt er als een leerling de route verlaat?", f"{X} aanmelding bij de Entree-opleiding van ROC Lek en IJssel   {O} terug naar het reguliere vmbo-programma   {O} andere mbo-opleiding op niveau 2   {O} andere doorlopende leerroute"),
        ("Wie beslist?", "Het routeteam, na een gesprek met de leerling en de ouders"),
    ])
    story += section("H. Bekostiging", [
        ("Wordt bekostiging overgedragen?", f"{O} ja   {X} nee"),
        ("Zo ja: omvang en bestemming", "n.v.t."),
    ])
    story += section("I. Medezeggenschap", [
        ("Zijn aanvullende afspraken over medezeggenschap gemaakt?", f"{O} ja   {X} nee"),
        ("Zo ja, welke?", "n.v.t."),
    ])
    story += section("J. Geschillen", [
        ("Werkwijze bij een geschil tussen partijen", "1. overleg in het routeteam; 2. de twee bestuurders, binnen vier weken; 3. mediation door een mediator die partijen samen kiezen; 4. lukt dat niet binnen drie maanden: de rechtbank Midden-Nederland"),
    ])
    story += section("K. Toetreding, wijziging en beëindiging", [
        ("Kan een andere school of instelling toetreden?", f"{X} ja   {O} nee"),
        ("Voorwaarden voor toetreding", "……………………………………………………………………………………………………"),
        ("Wijziging", "Alleen schriftelijk, ondertekend door beide besturen"),
        ("Opzegging", f"{O} 6 maanden   {X} 12 maanden, per 1 augustus"),
        ("Lopende leerlingen", f"{X} maken de route af; na opzegging geen nieuwe instroom"),
    ])
    sig = Table([
        [Paragraph("Ondertekening", stb), Paragraph("Stichting Voortgezet Onderwijs Lekstroom", stb), Paragraph("ROC Lek en IJssel", stb)],
        [Paragraph("Naam", st), Paragraph("mw. drs. J.F. Blom", st), Paragraph("dhr. K. Ouwerkerk MBA", st)],
        [Paragraph("Plaats en datum", st), Paragraph("Nieuwegein, 23 juni 2025", st), Paragraph("Nieuwegein, 23 juni 2025", st)],
        [Paragraph("Handtekening", st), "", ""],
    ], colWidths=[cw[0], cw[1] / 2, cw[1] / 2], rowHeights=[None, None, None, 1.1 * cm])
    sig.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#7A9E96")),
                             ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEF4F2")),
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    story.append(sig)

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("FormSans", 7)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(1.6 * cm, 0.9 * cm, "Aanvinkformulier SOK DLR · Lekpoort College – ROC Lek en IJssel")
        canv.drawRightString(A4[0] - 1.6 * cm, 0.9 * cm, f"blad {doc.page}")
        canv.restoreState()

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=1.6 * cm, rightMargin=1.6 * cm,
                            topMargin=1.4 * cm, bottomMargin=1.5 * cm, invariant=1,
                            title="Aanvinkformulier SOK doorlopende leerroute Lekpoort College – ROC Lek en IJssel",
                            author="Lekpoort College", subject="Samenwerkingsovereenkomst", creator="Formulierenmaker")
    doc.build(story, onFirstPage=footer, onLaterPages=footer)


# ---------------------------------------------------------------------------------------------
# 68 - long PDF with a two-level outline, footnotes and a signature page
# ---------------------------------------------------------------------------------------------

TEXT_68 = [
    ("p", "**De ondergetekenden:**"),
    ("li", "1.", "Stichting Openbaar Voortgezet Onderwijs Nissewaard, statutair gevestigd te Spijkenisse, bevoegd gezag van het Nissewaard College, school voor vmbo te Spijkenisse, rechtsgeldig vertegenwoordigd door de heer drs. F.A. Boogaard, voorzitter van het college van bestuur, hierna te noemen: ‘het Nissewaard College’;"),
    ("li", "2.", "Stichting Regionaal Opleidingencentrum Nieuwe Maas, statutair gevestigd te Spijkenisse, rechtsgeldig vertegenwoordigd door mevrouw ir. D.M. Rietveld-Kok, voorzitter van het college van bestuur, hierna te noemen: ‘ROC Nieuwe Maas’;"),
    ("p", "hierna gezamenlijk te noemen: ‘partijen’;"),
    ("p", "**overwegende dat:**"),
    ("li", "a.", "de procesindustrie in het Botlek- en Maasvlaktegebied de komende jaren honderden operators nodig heeft en jongeren uit Voorne-Putten die kansen nu te weinig benutten;"),
    ("li", "b.", "het Nissewaard College en ROC Nieuwe Maas sinds 2020 samenwerken in het programma ‘Proces in de klas’ en die samenwerking willen omzetten in een doorlopende leerroute vmbo-mbo;"),
    ("li", "c.", "partijen de afspraken over die route in één overeenkomst willen vastleggen, zodat de samenwerking niet afhangt van de personen die haar nu dragen;"),
    ("p", "**komen overeen als volgt:**"),

    ("h1", "1 Algemeen"),
    ("h2", "1.1 Begripsbepalingen"),
    ("p", "In deze overeenkomst wordt verstaan onder:"),
    ("li", "–", "route: de doorlopende leerroute Procestechniek, bedoeld in paragraaf 2.1;"),
    ("li", "–", "routejaar: een leerjaar van de route; routejaar 1 valt samen met leerjaar 3 van het vmbo;"),
    ("li", "–", "routeleiding: de leiding over de route, bedoeld in paragraaf 4.1;"),
    ("li", "–", "werkveldcommissie: de commissie van procesbedrijven, bedoeld in paragraaf 3.2;"),
    ("li", "–", "routeplatform: het gezamenlijke medezeggenschapsoverleg, bedoeld in hoofdstuk 8;"),
    ("li", "–", "PTA/OER: het gezamenlijke programma van toetsing en afsluiting en de onderwijs- en examenregeling van de route;"),
    ("li", "–", "besturen: de colleges van bestuur van partijen."),
    ("h2", "1.2 Doel en reikwijdte"),
    ("p", "Deze overeenkomst legt vast hoe partijen de route samen verzorgen, wie haar leidt, hoe over haar verantwoording wordt afgelegd en wat er gebeurt als een leerling of een partij de route verlaat.[[fn:Artikel 2.107b Wet voortgezet onderwijs 2020 en artikel 9.1.3 Wet educatie en beroepsonderwijs. Waar deze overeenkomst naar een hoofdstuk of paragraaf verwijst zonder een wet te noemen, is een onderdeel van deze overeenkomst bedoeld.]] Zij geldt voor alle leerlingen die vanaf 1 augustus 2025 aan de route beginnen."),
    ("p", "Partijen melden de route gezamenlijk aan de minister. Ieder van hen registreert de route voor het eigen deel vóór 1 oktober 2025.[[fn:De melding verloopt via het Registratie Instellingen en Opleidingen (RIO) van DUO. Een melding is nodig om gebruik te kunnen maken van de ruimte die de wet voor doorlopende leerroutes biedt, zoals de teambevoegdheid.]]"),

    ("h1", "2 De route"),
    ("h2", "2.1 Profiel en kwalificatie"),
    ("p", "De route is bestemd voor leerlingen van het Nissewaard College in de gemengde leerweg met het beroepsgerichte profiel Produceren, installeren en energie. Zij leidt tot het vmbo-diploma gemengde leerweg en tot het mbo-diploma Operator A, niveau 4 (middenkaderopleiding in het opleidingsdomein Procestechniek), in de beroepsopleidende leerweg van ROC Nieuwe Maas, Procescollege Botlek.[[fn:De kwalificatie en het crebonummer worden jaarlijks, bij de vaststelling van het PTA/OER, gecontroleerd aan de hand van de kwalificatiestructuur beroepsonderwijs.]]"),
    ("p", "Leerlingen kiezen in de loop van leerjaar 2 voor de route. Het Nissewaard College organiseert daarvoor in het voorjaar twee voorlichtingsavonden, samen met ROC Nieuwe Maas en de procesbedrijven."),
    ("h2", "2.2 Opbouw per routejaar"),
    ("p", "De route duurt in de regel vijf routejaren. Het programma is als één geheel ontworpen: wat in het vmbo al aan procestechniek wordt geleerd, wordt in het mbo niet herhaald. De globale opbouw is als volgt."),
    ("table", [["Routejaar", "Waar", "Accent"],
               ["1 (leerjaar 3 vmbo)", "Nissewaard College; één dagdeel per week ProcesLab Botlek", "basis procestechniek, veiligheid, scheikunde en natuurkunde"],
               ["2 (leerjaar 4 vmbo)", "Nissewaard College; één dag per week ProcesLab Botlek", "vmbo-examen; eerste mbo-onderdelen; oriënterende bpv in de opleidingsfabriek"],
               ["3 (mbo-jaar 1)", "Procescollege Botlek", "procesbediening, meet- en regeltechniek; bpv bij een procesbedrijf"],
               ["4 (mbo-jaar 2)", "Procescollege Botlek en leerbedrijf", "storingsanalyse, kwaliteit en milieu; keuzedelen"],
               ["5 (mbo-jaar 3)", "Procescollege Botlek en leerbedrijf", "procesoptimalisatie, leidinggeven aan de ploeg; proeve van bekwaamheid"]]),
    ("h2", "2.3 Examinering en diplomering"),
    ("p", "Het Nissewaard College is verantwoordelijk voor het vmbo-examen en de vmbo-diplomering, ook als de leerling al bij ROC Nieuwe Maas staat ingeschreven. Het centraal examen wordt in routejaar 2 afgenomen; een leerling die daarvoor is afgewezen, kan het examen in routejaar 3 afronden. ROC Nieuwe Maas is verantwoordelijk voor de mbo-examinering en de mbo-diplomering; mbo-onderdelen kunnen vanaf routejaar 2 worden geëxamineerd. Beide examencommissies stemmen het examenplan jaarlijks op elkaar af."),

    ("h1", "3 Betrokkenheid van het bedrijfsleven"),
    ("h2", "3.1 Rol van de procesbedrijven"),
    ("p", "Deltachem Raffinage B.V., Botlek Utilities B.V. en Maasvlakte Tankopslag B.V. hebben zich verbonden aan de route. Zij zijn erkend leerbedrijf en doen in elk geval het volgende:"),
    ("li", "a.", "zij bieden samen per cohort ten minste vijftien bpv-plaatsen in routejaar 3 tot en met 5, met een praktijkopleider per leerling;"),
    ("li", "b.", "zij ontvangen de leerlingen van routejaar 1 en 2 twee keer per jaar voor een bedrijfsbezoek en leveren jaarlijks vier procesopdrachten uit de eigen installaties voor de lessen in het ProcesLab;"),
    ("li", "c.", "zij leveren beoordelaars voor de proeve van bekwaamheid, die samen met een docent van ROC Nieuwe Maas beoordelen."),
    ("p", "Andere procesbedrijven kunnen op dezelfde voorwaarden aansluiten; ROC Nieuwe Maas legt dat vast in een werkafspraak met het bedrijf.[[fn:Voor leerlingen jonger dan achttien jaar gelden de beperkingen van het Arbeidsomstandighedenbesluit voor werk met gevaarlijke stoffen. De oriënterende bpv in routejaar 2 vindt daarom in de opleidingsfabriek plaats.]]"),
    ("h2", "3.2 Werkveldcommissie"),
    ("p", "Partijen stellen een werkveldcommissie in. Daarin hebben zitting: een vertegenwoordiger van elk van de drie procesbedrijven, een vertegenwoordiger van het Opleidingsfonds Procesindustrie Rijnmond en de routecoördinator als secretaris. De commissie komt twee keer per jaar bijeen, adviseert over de inhoud van het programma en de keuzedelen, en evalueert elk jaar in juni de bpv. De routeleiding reageert schriftelijk op de adviezen."),

    ("h1", "4 Sturing en verantwoording"),
    ("h2", "4.1 Routeleiding"),
    ("p", "De leiding over de route berust bij een routeleiding van drie personen: de afdelingsleider Techniek van het Nissewaard College, de opleidingsmanager Procestechniek van ROC Nieuwe Maas en de routecoördinator."),
    ("p", "Het college van bestuur van het Nissewaard College wijst de afdelingsleider aan, het college van bestuur van ROC Nieuwe Maas de opleidingsmanager. De routecoördinator wordt door beide besturen gezamenlijk aangewezen op voordracht van de twee andere leden, voor een periode van drie schooljaren; herbenoeming is mogelijk."),
    ("p", "De besturen dragen de routeleiding op: het jaarlijkse routeplan vast te stellen, het rooster en de verdeling van de lessen over de docenten van beide partijen te regelen, het PTA/OER voor te bereiden, leerlingen tot de route toe te laten, de bpv te organiseren en de contacten met de werkveldcommissie te onderhouden. De routeleiding is bevoegd om binnen de door de besturen vastgestelde routebegroting verplichtingen aan te gaan. Besluiten over de formatie, investeringen en wijziging van het programma op hoofdlijnen zijn voorbehouden aan de besturen."),
    ("h2", "4.2 Verantwoording aan de besturen"),
    ("p", "De routeleiding legt op de volgende wijze verantwoording af aan de besturen van beide partijen:"),
    ("li", "a.", "ieder kwartaal zendt zij een kort bericht met de aantallen leerlingen per routejaar, het verzuim, de overstappen en de stand van de begroting;"),
    ("li", "b.", "jaarlijks vóór 1 november brengt zij een jaarverslag uit over het afgelopen schooljaar, met in elk geval de in-, door- en uitstroom, de examenresultaten, de bpv, de adviezen van de werkveldcommissie en de besteding van de middelen bedoeld in hoofdstuk 7;"),
    ("li", "c.", "twee keer per jaar, in maart en in november, bespreken de besturen de stand van zaken met de routeleiding in een bestuurlijk overleg."),
    ("p", "Ieder bestuur kan de routeleiding bovendien om inlichtingen vragen; de routeleiding verstrekt die binnen tien werkdagen."),

    ("h1", "5 Organisatie en uitvoering"),
    ("h2", "5.1 Locaties en voorzieningen"),
    ("p", "Routejaar 1 en 2 worden verzorgd in het gebouw van het Nissewaard College aan de Hekelingseweg in Spijkenisse. Vanaf routejaar 1 volgen de leerlingen een deel van hun praktijkonderwijs in ProcesLab Botlek, de opleidingsfabriek van ROC Nieuwe Maas. Routejaar 3 tot en met 5 worden verzorgd door het Procescollege Botlek en bij de leerbedrijven."),
    ("p", "ROC Nieuwe Maas stelt de opleidingsfabriek met de destillatie-installatie, de pompen- en compressorenhal en de controlekamersimulator ter beschikking, met de benodigde persoonlijke beschermingsmiddelen. Het Nissewaard College stelt zijn scheikundelokaal, het practicumlokaal techniek en de ICT-voorzieningen ter beschikking. Over en weer wordt voor het gebruik van deze voorzieningen niets in rekening gebracht, behalve wat in hoofdstuk 7 is bepaald."),
    ("h2", "5.2 Personeel en teambevoegdheid"),
    ("p", "De route wordt verzorgd door één docententeam. ROC Nieuwe Maas zet in routejaar 1 en 2 twee docenten procestechniek in voor samen zes lesuren per week; het Nissewaard College zet in routejaar 3 zijn docent natuur- en scheikunde in voor vier lesuren per week. Voor de vakoverstijgende modules Procesbediening en Veilig werken passen partijen teambevoegdheid toe: het team is als geheel bevoegd voor alle programmaonderdelen en iedere docent is verantwoordelijk voor het deel waarvoor hij bevoegd is.[[fn:Artikel 7.13a Wet voortgezet onderwijs 2020 en artikel 9.1.12 Wet educatie en beroepsonderwijs. De modules waarin teams worden ingezet, worden in het PTA/OER aangegeven.]]"),
    ("p", "De docenten blijven in dienst van hun eigen werkgever. Het team volgt jaarlijks twee gezamenlijke studiedagen, waarvan één bij een van de procesbedrijven."),
    ("h2", "5.3 Begeleiding, verzuim en klachten"),
    ("p", "Iedere leerling heeft een mentor bij het Nissewaard College en vanaf routejaar 3 een loopbaanbegeleider bij ROC Nieuwe Maas; in routejaar 2 en 3 voeren zij samen de voortgangsgesprekken. In routejaar 1 en 2 staat de leerling ingeschreven bij het Nissewaard College, daarna bij ROC Nieuwe Maas. Verzuim wordt gemeld door de partij waar de leerling op dat moment is ingeschreven. Een klacht over een medewerker van de andere partij wordt behandeld volgens de klachtenregeling van de partij waar de leerling is ingeschreven; de andere partij werkt daaraan mee."),

    ("h1", "6 Overstap"),
    ("h2", "6.1 Uitgangspunten"),
    ("p", "Wordt de deelname van een leerling aan de route beëindigd voordat hij haar met succes heeft afgerond, dan beoordelen het Nissewaard College en ROC Nieuwe Maas gezamenlijk welk vervolg past bij het onderwijsniveau dat de leerling heeft bereikt en bij zijn leeftijd. Zij horen daarbij de leerling en zijn ouders en nemen binnen vier weken een besluit.[[fn:Artikel 2.107k Wet voortgezet onderwijs 2020 en artikel 9.1.14 Wet educatie en beroepsonderwijs (overstapoptie).]] Het doel is steeds dat de leerling een vmbo-diploma of een mbo-diploma haalt."),
    ("p", "De mentor of de loopbaanbegeleider draagt de leerling warm over aan zijn nieuwe opleiding. Partijen beschrijven de werkwijze in de schoolgids en de studiegids."),
    ("h2", "6.2 Overstapmogelijkheden per fase"),
    ("table", [["Moment", "Mogelijkheden"],
               ["Routejaar 1 of 2", "Voortzetting in de reguliere gemengde of kaderberoepsgerichte leerweg van het Nissewaard College, in hetzelfde of een ander profiel, gericht op het vmbo-diploma."],
               ["Geen vmbo-diploma aan het eind van routejaar 3", "Voortzetting zonder vmbo-diploma in de route of in Operator B (niveau 3) bij ROC Nieuwe Maas; de vooropleidingseisen gelden dan niet. Of: afronding van het vmbo-examen bij het Nissewaard College."],
               ["Routejaar 3 tot en met 5: andere richting", "Overstap naar een andere opleiding op niveau 4 bij ROC Nieuwe Maas, ook in een ander opleidingsdomein, of bij een andere instelling na een geschiktheidsonderzoek."],
               ["Niveau 4 blijkt te hoog", "Overstap naar Operator B (niveau 3), met behoud van de behaalde onderdelen."]]),
    ("p", "Een leerling die naar een andere instelling wil, wordt door ROC Nieuwe Maas bij de aanmelding en het geschiktheidsonderzoek begeleid.[[fn:Artikel 8.2.1, zesde lid, Wet educatie en beroepsonderwijs. De vorm van het onderzoek bepaalt de ontvangende instelling.]]"),

    ("h1", "7 Financiële afspraken"),
    ("h2", "7.1 Overdracht van middelen"),
    ("p", "In routejaar 1 en 2 ontvangt het Nissewaard College de bekostiging voor de leerlingen van de route, vanaf routejaar 3 ROC Nieuwe Maas. Het Nissewaard College draagt in routejaar 1 en 2 een bedrag van € 1.240 per routeleerling per routejaar over aan ROC Nieuwe Maas.[[fn:Overdracht met toepassing van artikel 5.42a Wet voortgezet onderwijs 2020.]] Dit bedrag is bestemd voor de inzet van de docenten procestechniek van ROC Nieuwe Maas, bedoeld in paragraaf 5.2, en voor het gebruik van de opleidingsfabriek, met inbegrip van verbruiksmaterialen en beschermingsmiddelen."),
    ("h2", "7.2 Betaling en verantwoording"),
    ("p", "Peildatum is 1 oktober. ROC Nieuwe Maas zendt in januari een factuur; het Nissewaard College betaalt binnen dertig dagen. ROC Nieuwe Maas verantwoordt de besteding in het jaarverslag van de routeleiding. Overigens draagt iedere partij haar eigen kosten."),

    ("h1", "8 Medezeggenschap"),
    ("p", "Partijen stellen een routeplatform in, met twee leden uit de medezeggenschapsraad van het Nissewaard College (een ouder en een leerling), twee leden uit de studentenraad van ROC Nieuwe Maas en één lid uit de ondernemingsraad van ROC Nieuwe Maas. Het routeplatform vergadert twee keer per jaar met de routeleiding en adviseert over het routeplan, het PTA/OER en voorgenomen wijzigingen van deze overeenkomst; de routeleiding reageert schriftelijk en gemotiveerd."),
    ("p", "Routeleerlingen in routejaar 2 mogen met spreekrecht de vergaderingen van de studentenraad van het Procescollege Botlek bijwonen. De wettelijke bevoegdheden van de medezeggenschapsorganen blijven onverlet.[[fn:In de vo-fase geldt de Wet medezeggenschap op scholen, in de mbo-fase hoofdstuk 8a van de Wet educatie en beroepsonderwijs en voor het personeel van ROC Nieuwe Maas de Wet op de ondernemingsraden.]]"),

    ("h1", "9 Geschillen"),
    ("p", "Een geschil tussen partijen over de uitvoering van deze overeenkomst wordt eerst in de routeleiding besproken. Is het niet binnen vier weken opgelost, dan legt ieder van de partijen het voor aan het bestuurlijk overleg, dat binnen vier weken bijeenkomt. Leidt ook dat niet tot een oplossing, dan schakelen partijen samen een registermediator in. Is het geschil drie maanden na de start van de mediation niet opgelost, dan kan iedere partij het voorleggen aan de Rechtbank Rotterdam."),

    ("h1", "10 Looptijd, toetreding, wijziging en beëindiging"),
    ("h2", "10.1 Looptijd"),
    ("p", "Deze overeenkomst treedt in werking op 1 augustus 2025 en geldt voor zes jaar. Daarna wordt zij telkens stilzwijgend verlengd met drie jaar."),
    ("h2", "10.2 Toetreding"),
    ("p", "Een andere school voor vmbo of een andere instelling voor beroepsonderwijs kan tot deze overeenkomst toetreden als beide besturen daarmee schriftelijk instemmen. De toetreder ondertekent een toetredingsovereenkomst waarin hij alle rechten en plichten uit deze overeenkomst aanvaardt. Toetreding gaat in per 1 augustus; de toetreder registreert de route in RIO."),
    ("h2", "10.3 Wijziging"),
    ("p", "Partijen evalueren deze overeenkomst om de twee jaar. Wijzigingen worden schriftelijk overeengekomen en door beide besturen ondertekend. Een wijziging die het programma raakt, gaat in bij het begin van een schooljaar."),
    ("h2", "10.4 Opzegging en ontbinding"),
    ("p", "Iedere partij kan deze overeenkomst schriftelijk opzeggen per 1 augustus, met een opzegtermijn van ten minste twaalf maanden. Ontbinding is alleen mogelijk bij een toerekenbare tekortkoming, nadat de andere partij schriftelijk in gebreke is gesteld en een hersteltermijn van twee maanden heeft gekregen."),
    ("h2", "10.5 Bescherming van lopende leerlingen"),
    ("p", "Na een opzegging of ontbinding nemen partijen geen nieuwe leerlingen meer in de route op. Leerlingen die op dat moment aan de route deelnemen, ronden haar af volgens het geldende PTA/OER, en partijen blijven hun verplichtingen uit deze overeenkomst jegens hen nakomen. Kan de route voor een leerling toch niet worden afgemaakt, dan geldt hoofdstuk 6."),

    ("h1", "11 Slotbepalingen"),
    ("p", "Op deze overeenkomst is Nederlands recht van toepassing. Deze overeenkomst heeft geen bijlagen; het PTA/OER wordt jaarlijks afzonderlijk vastgesteld. Zij is opgemaakt in tweevoud."),
]


def build_68(path):
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import cm
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, Table,
                                    TableStyle, PageBreak, NextPageTemplate)

    register_family("LongSerif", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf",
                    "DejaVuSerif-BoldItalic.ttf")
    F = "LongSerif"
    body = ParagraphStyle("b", fontName=F, fontSize=9.6, leading=13.4, alignment=TA_JUSTIFY, spaceAfter=5)
    li = ParagraphStyle("li", parent=body, leftIndent=18, firstLineIndent=0, bulletIndent=2, spaceAfter=3)
    h1 = ParagraphStyle("h1", fontName=F + "-Bold", fontSize=12, leading=15, spaceBefore=11, spaceAfter=5,
                        keepWithNext=1, textColor=colors.HexColor("#1B3A5C"))
    h2 = ParagraphStyle("h2", fontName=F + "-Bold", fontSize=10, leading=13, spaceBefore=7, spaceAfter=3,
                        keepWithNext=1)
    cell_st = ParagraphStyle("c", fontName=F, fontSize=8.4, leading=10.6)
    cell_b = ParagraphStyle("cb", parent=cell_st, fontName=F + "-Bold")
    fn_st = ParagraphStyle("fn", fontName=F, fontSize=7.2, leading=8.8, leftIndent=9, firstLineIndent=-9)

    class FnPara(Paragraph):
        """A paragraph that carries footnote references; it is never split over two pages."""

        def split(self, aW, aH):
            return []

    foot_texts = {}

    def make_story():
        foot_texts.clear()
        counter = [0]

        def fn_sub(m):
            counter[0] += 1
            foot_texts[counter[0]] = m.group(1)
            return f"<super>{counter[0]}</super>"

        def para(text, style):
            ids_before = counter[0]
            text = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", text)
            markup = re.sub(r"\[\[fn:(.+?)\]\]", fn_sub, pesc(text))
            if counter[0] > ids_before:
                p = FnPara(markup, style)
                p.fn_ids = list(range(ids_before + 1, counter[0] + 1))
                return p
            return Paragraph(markup, style)

        st = []
        cover_t = ParagraphStyle("ct", fontName=F + "-Bold", fontSize=18, leading=24, alignment=TA_CENTER)
        cover_s = ParagraphStyle("cs", fontName=F, fontSize=13, leading=18, alignment=TA_CENTER)
        cover_m = ParagraphStyle("cm", fontName=F, fontSize=10, leading=14, alignment=TA_CENTER,
                                 textColor=colors.HexColor("#444444"))
        st += [Spacer(1, 5 * cm), Paragraph("SAMENWERKINGSOVEREENKOMST", cover_t), Spacer(1, 0.5 * cm),
               Paragraph("Doorlopende leerroute Procestechniek", cover_s),
               Paragraph("vmbo gemengde leerweg – mbo Operator A (niveau 4)", cover_s), Spacer(1, 1.6 * cm),
               Paragraph("tussen", cover_m), Spacer(1, 0.3 * cm),
               Paragraph("Stichting Openbaar Voortgezet Onderwijs Nissewaard<br/>(Nissewaard College)", cover_s),
               Spacer(1, 0.3 * cm), Paragraph("en", cover_m), Spacer(1, 0.3 * cm),
               Paragraph("Stichting Regionaal Opleidingencentrum Nieuwe Maas<br/>(ROC Nieuwe Maas)", cover_s),
               Spacer(1, 3 * cm),
               Paragraph("Spijkenisse, 27 juni 2025 · kenmerk NC/RNM/2025-06 · definitieve tekst", cover_m),
               NextPageTemplate("body"), PageBreak()]
        for item in TEXT_68:
            kind = item[0]
            if kind == "p":
                st.append(para(item[1], body))
            elif kind == "li":
                st.append(para(f"<bullet>{item[1]}</bullet>" + item[2], li))
            elif kind in ("h1", "h2"):
                p = Paragraph(pesc(item[1]), h1 if kind == "h1" else h2)
                p.outline_level = 0 if kind == "h1" else 1
                p.outline_title = item[1]
                p.outline_key = "h" + item[1].split(" ")[0].replace(".", "_")
                st.append(p)
            elif kind == "table":
                rows = item[1]
                data = [[Paragraph(pesc(c), cell_b) for c in rows[0]]]
                data += [[Paragraph(pesc(c), cell_st) for c in r] for r in rows[1:]]
                ncol = len(rows[0])
                widths = [3.4 * cm, 5.6 * cm, 6.9 * cm] if ncol == 3 else [4.6 * cm, 11.3 * cm]
                t = Table(data, colWidths=widths, repeatRows=1)
                t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#8899AA")),
                                       ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE4EE")),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
                st += [t, Spacer(1, 7)]
        # signature page
        st.append(PageBreak())
        p = Paragraph("Ondertekening", h1)
        p.outline_level, p.outline_title, p.outline_key = 0, "Ondertekening", "hsig"
        st.append(p)
        st.append(Paragraph("Aldus overeengekomen en in tweevoud ondertekend door de bevoegde vertegenwoordigers van partijen.", body))
        st.append(Spacer(1, 8))
        head = ["Partij", "Naam", "Functie", "Plaats", "Datum", "Handtekening"]
        rows = [
            ["Stichting Openbaar Voortgezet Onderwijs Nissewaard", "drs. F.A. Boogaard", "voorzitter college van bestuur", "Spijkenisse", "27 juni 2025", ""],
            ["Stichting Regionaal Opleidingencentrum Nieuwe Maas", "ir. D.M. Rietveld-Kok", "voorzitter college van bestuur", "Spijkenisse", "27 juni 2025", ""],
        ]
        data = [[Paragraph(h, cell_b) for h in head]] + [[Paragraph(pesc(c), cell_st) for c in r] for r in rows]
        t = Table(data, colWidths=[3.6 * cm, 3.0 * cm, 2.6 * cm, 2.2 * cm, 2.0 * cm, 2.8 * cm],
                  rowHeights=[None, 1.6 * cm, 1.6 * cm])
        t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#556677")),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE4EE")),
                               ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        st.append(t)
        st.append(Spacer(1, 18))
        st.append(Paragraph("Voor kennisneming:", body))
        t2 = Table([[Paragraph(h, cell_b) for h in ["Namens", "Naam", "Datum"]],
                    [Paragraph("werkveldcommissie (voorzitter)", cell_st), Paragraph("ing. H. van der Linden", cell_st), Paragraph("30 juni 2025", cell_st)]],
                   colWidths=[6 * cm, 5 * cm, 5 * cm])
        t2.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#556677")),
                                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DCE4EE"))]))
        st.append(t2)
        return st

    PW, PH = A4
    LM, RM, TM = 2.4 * cm, 2.4 * cm, 2.2 * cm
    FOOT_Y = 1.2 * cm
    FN_AREA = 3.1 * cm
    FRAME_Y = FOOT_Y + 0.5 * cm + FN_AREA

    class FnDoc(BaseDocTemplate):
        def __init__(self, target, fn_pages_prev, total_prev, **kw):
            super().__init__(target, **kw)
            self.fn_pages = {}
            self.fn_pages_prev = fn_pages_prev
            self.total_prev = total_prev
            self.last_page = 0

        def afterFlowable(self, f):
            lvl = getattr(f, "outline_level", None)
            if lvl is not None:
                self.canv.bookmarkPage(f.outline_key)
                self.canv.addOutlineEntry(f.outline_title, f.outline_key, level=lvl, closed=False)
            for n in getattr(f, "fn_ids", ()):
                self.fn_pages[n] = self.page
            self.last_page = self.page

    def on_body(canv, doc):
        canv.saveState()
        canv.setFont(F, 7.5)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawString(LM, FOOT_Y, "Samenwerkingsovereenkomst DLR Procestechniek · Nissewaard College – ROC Nieuwe Maas")
        total = doc.total_prev or 0
        canv.drawRightString(PW - RM, FOOT_Y, f"pagina {doc.page} van {total}")
        notes = [n for n, pg in sorted(doc.fn_pages_prev.items()) if pg == doc.page]
        if notes:
            y = FOOT_Y + 0.5 * cm + FN_AREA
            canv.setStrokeColor(colors.HexColor("#777777"))
            canv.setLineWidth(0.5)
            canv.line(LM, y - 2, LM + 5 * cm, y - 2)
            y -= 5
            for n in notes:
                p = Paragraph(f"<super>{n}</super>&nbsp;" + pesc(foot_texts[n]), fn_st)
                w, h = p.wrapOn(canv, PW - LM - RM, FN_AREA)
                y -= h
                if y < FOOT_Y + 0.4 * cm:
                    raise RuntimeError(f"footnotes overflow on page {doc.page}")
                p.drawOn(canv, LM, y)
                y -= 2
        canv.restoreState()

    def make_doc(target, fn_prev, total_prev):
        d = FnDoc(target, fn_prev, total_prev, pagesize=A4, invariant=1,
                  title="Samenwerkingsovereenkomst doorlopende leerroute Procestechniek",
                  author="Nissewaard College / ROC Nieuwe Maas", subject="SOK DLR vmbo-mbo",
                  creator="Bestuursbureau Nissewaard College")
        cover = Frame(LM, 2 * cm, PW - LM - RM, PH - 4 * cm, id="cover")
        frame = Frame(LM, FRAME_Y, PW - LM - RM, PH - TM - FRAME_Y, id="body")
        d.addPageTemplates([PageTemplate("cover", [cover]), PageTemplate("body", [frame], onPage=on_body)])
        return d

    d1 = make_doc(io.BytesIO(), {}, 0)
    d1.build(make_story())
    pages1, fn1 = d1.last_page, dict(d1.fn_pages)
    assert len(fn1) == len(foot_texts), "a footnoted paragraph was not placed"
    d2 = make_doc(str(path), fn1, pages1)
    d2.build(make_story())
    assert d2.fn_pages == fn1 and d2.last_page == pages1, "layout changed between passes"
    return pages1, fn1


# ---------------------------------------------------------------------------------------------
# Build and check
# ---------------------------------------------------------------------------------------------

BUILDERS = {"61": build_61, "62": build_62, "63": build_63, "64": build_64,
            "65": build_65, "66": build_66, "67": build_67, "68": build_68}


def out_path(num):
    s = SAMPLES[num]
    return OUT / f"{s['name']}.{s['ext']}"


def build(nums):
    for num in nums:
        path = out_path(num)
        BUILDERS[num](path)
        (OUT / f"{SAMPLES[num]['name']}.expected.json").write_text(expected_json(num), encoding="utf-8")
        print(f"built {path.name} ({path.stat().st_size // 1024} KB)")


def norm(s):
    s = s.replace("\u00a0", " ").replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


def docx_parts(path):
    with zipfile.ZipFile(path) as z:
        names = z.namelist()
        bad = z.testzip()
        assert bad is None, f"corrupt member {bad}"
        return {n: z.read(n) for n in names}


def docx_accepted_text(xml_bytes):
    """Text as Word shows it with all tracked changes accepted: w:t (inserted text included),
    never w:delText or field instructions. Text boxes are read where they sit."""
    from lxml import etree
    root = etree.fromstring(xml_bytes)
    out = []

    def walk(el):
        if not isinstance(el.tag, str):
            return
        q = etree.QName(el)
        is_w = q.namespace == W_NS
        name = q.localname
        if is_w and name == "t":
            out.append(el.text or "")
        elif is_w and name == "tab" and etree.QName(el.getparent()).localname != "tabs":
            out.append(" ")
        elif is_w and name in ("br", "cr"):
            out.append("\n")
        for ch in el:
            walk(ch)
        if is_w and name == "p":
            out.append("\n")

    walk(root)
    return "".join(out)


def pdf_pages_text(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(str(path))
    pages = []
    for i in range(len(pdf)):
        page = pdf[i]
        tp = page.get_textpage()
        pages.append(tp.get_text_range())
        tp.close()
        page.close()
    toc = [(bm.level, bm.get_title()) for bm in pdf.get_toc()]
    pdf.close()
    return pages, toc


def check():
    errors = []

    def err(num, msg):
        errors.append(f"{num}: {msg}")

    for num, s in SAMPLES.items():
        path = out_path(num)
        if not path.exists():
            err(num, f"{path.name} missing")
            continue
        size = path.stat().st_size
        if size >= MAX_BYTES:
            err(num, f"{path.name} is {size} bytes (limit {MAX_BYTES})")
        exp = OUT / f"{s['name']}.expected.json"
        if not exp.exists() or exp.read_text(encoding="utf-8") != expected_json(num):
            err(num, "expected.json missing or differs from the table")
        else:
            data = json.loads(exp.read_text(encoding="utf-8"))
            if data["split"] != "train" or set(data["statuses"]) != set("abcdefghij"):
                err(num, "expected.json malformed")
            for k in data["evidence"]:
                if data["statuses"][k] != "present":
                    err(num, f"evidence given for non-present item {k}")
        extra = {}
        if s["ext"] == "docx":
            try:
                parts = docx_parts(path)
                from lxml import etree
                for n, data_ in parts.items():
                    if n.endswith(".xml") or n.endswith(".rels"):
                        etree.fromstring(data_)
                import docx as _pydocx
                _pydocx.Document(str(path))
            except Exception as e:  # noqa: BLE001
                err(num, f"does not open: {e}")
                continue
            docxml = parts["word/document.xml"]
            text = docx_accepted_text(docxml)
            extra = {"parts": parts, "xml": docxml.decode("utf-8")}
        else:
            try:
                pages, toc = pdf_pages_text(path)
            except Exception as e:  # noqa: BLE001
                err(num, f"does not open: {e}")
                continue
            text = "\n".join(pages)
            extra = {"pages": pages, "toc": toc}
        ntext = norm(text)
        for k, ev in s["evidence"].items():
            if norm(ev) not in ntext:
                err(num, f"evidence {k} {ev!r} not in extracted text")
        for msg in SPECIAL_CHECKS[num](ntext, extra):
            err(num, msg)
    if errors:
        print("CHECK FAILED")
        for e in errors:
            print("  " + e)
        return 1
    print(f"check ok: {len(SAMPLES)} samples open, evidence found, sizes < 200 KB, labels match")
    return 0


def _chk61(t, x):
    xml = x["xml"]
    out = []
    if "w:trackRevisions" not in x["parts"]["word/settings.xml"].decode():
        out.append("trackRevisions not set")
    for gone in ["gezamenlijk benoemd voor een termijn van twee schooljaren", "mediator die zij samen aanwijzen",
                 "een nader te bepalen bedrag", "Mobiliteit en transport", "aangemeld voor de Entree-opleiding"]:
        if gone in t:
            out.append(f"deleted text {gone!r} leaks into the accepted reading")
        if gone not in xml:
            out.append(f"deleted text {gone!r} not kept as w:delText")
    for kept in ["Produceren, installeren en energie", "€ 875 per routeleerling", "werken partijen na de zomer nader uit",
                 "in onderling overleg op", "opzegtermijn van ten minste twaalf maanden"]:
        if kept not in t:
            out.append(f"accepted text {kept!r} missing")
    if xml.count("<w:ins ") < 10 or xml.count("<w:del ") < 8:
        out.append("too few tracked changes")
    return out


def _chk62(t, x):
    xml = x["xml"]
    out = []
    if "<wps:txbx>" not in xml or "<mc:AlternateContent>" not in xml or "<v:textbox" not in xml:
        out.append("text box markup missing")
    # the overstap arrangement must sit only inside text boxes
    stripped = re.sub(r"<w:txbxContent>.*?</w:txbxContent>", "", xml, flags=re.S)
    body_only = norm(docx_accepted_text(stripped.encode("utf-8")))
    for phrase in ["Binnen zes weken na het besluit", "studentenraad van ROC De Delta"]:
        if phrase in body_only:
            out.append(f"{phrase!r} occurs outside the text boxes")
        if phrase not in t:
            out.append(f"{phrase!r} missing")
    return out


def _chk63(t, x):
    xml = x["xml"]
    out = []
    if 'TOC \\o "1-1"' not in xml or "PAGEREF _Toc198347103" not in xml:
        out.append("TOC field codes missing")
    if t.count("Betrokkenheid werkveld") != 1:
        out.append("stale ToC entry should occur exactly once")
    heads = re.findall(r'<w:pStyle w:val="Heading1"/>.*?</w:p>', xml)
    if any("erkveld" in h for h in heads):
        out.append("a body heading mentions werkveld")
    if "_Toc198347103" in re.sub(r"PAGEREF _Toc\d+|w:anchor=\"_Toc\d+\"", "", xml):
        out.append("the removed article still has a bookmark")
    return out


def _chk64(t, x):
    xml = x["xml"]
    out = []
    if xml.count("<w:showingPlcHdr/>") != 2 or t.count(PLACEHOLDER) != 2:
        out.append("expected exactly two placeholder answers")
    if xml.count("<w:sdt>") < 30:
        out.append("too few content controls")
    if "<w:dropDownList" not in xml or "<w14:checkbox>" not in xml or "<w:date " not in xml:
        out.append("drop-down, checkbox or date control missing")
    return out


def _chk65(t, x):
    out = []
    for phrase in ["besluit:", "gelet op artikel 2.107b, derde lid", "geen overdracht van bekostiging"]:
        if phrase not in t:
            out.append(f"{phrase!r} missing")
    return out


def _chk66(t, x):
    xml = x["xml"]
    out = []
    if "word/numbering.xml" not in x["parts"]:
        out.append("numbering.xml missing")
    else:
        num = x["parts"]["word/numbering.xml"].decode()
        if 'w:lvlText w:val="%1.%2.%3"' not in num or '<w:pStyle w:val="Heading1"/>' not in num:
            out.append("legal multi-level list not defined")
    heads = [norm(docx_accepted_text(("<w:body xmlns:w=\"%s\">" % W_NS + h + "</w:body>").encode()))
             for h in re.findall(r'<w:p><w:pPr><w:pStyle w:val="Heading1"/>.*?</w:p>', xml)]
    if len(heads) != 12 or any(re.match(r"^\d", h) or "rtikel" in h for h in heads):
        out.append(f"headings must be 12 and carry no typed number: {heads}")
    if len(re.findall(r'<w:numId w:val="1"/>', xml)) < 50:
        out.append("too few auto-numbered clauses")
    if re.search(r"<w:t[^>]*>\d+\.\d+", xml):
        out.append("a clause number is typed in the text")
    return out


def _chk67(t, x):
    out = []
    if len(x["pages"]) != 2:
        out.append(f"expected 2 pages, got {len(x['pages'])}")
    for phrase in ["☐ ja ☒ nee", "☒ aanmelding bij de Entree-opleiding", "Voorwaarden voor toetreding ……"]:
        if phrase not in t:
            out.append(f"{phrase!r} missing")
    return out


def _chk68(t, x):
    out = []
    n = len(x["pages"])
    if not 7 <= n <= 9:
        out.append(f"expected 7-9 pages, got {n}")
    levels = {lvl for lvl, _title in x["toc"]}
    if levels != {0, 1} or len(x["toc"]) < 25:
        out.append(f"outline should have two levels, got levels {levels} and {len(x['toc'])} entries")
    last = norm(x["pages"][-1])
    if "Ondertekening" not in last or "Handtekening" not in last or "Rietveld-Kok" not in last:
        out.append("signature table not on the last page")
    for pg in x["pages"][1:]:
        if "pagina" not in pg or f"van {n}" not in pg:
            out.append("footer 'pagina N van M' missing")
            break
    if "Overdracht met toepassing van artikel 5.42a" not in t:
        out.append("footnote text missing")
    return out


SPECIAL_CHECKS = {"61": _chk61, "62": _chk62, "63": _chk63, "64": _chk64,
                  "65": _chk65, "66": _chk66, "67": _chk67, "68": _chk68}


def main(argv):
    if "--check" in argv:
        return check()
    nums = [a for a in argv if not a.startswith("-")]
    for n in nums:
        if n not in SAMPLES:
            raise SystemExit(f"unknown sample {n}; choose from {', '.join(SAMPLES)}")
    build(nums or list(SAMPLES))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
