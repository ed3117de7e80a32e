"""Held-out set sosyalyardim: the database of SAIS ("Sosyal Yardim Bilgi Sistemi", social
assistance information system), a Spring Boot 3.2, JPA/Hibernate and JSF (PrimeFaces) web
application for the social assistance office of a Turkish municipality (its report template
and logo are Gebze Municipality's, in Kocaeli province; "Gebze disi ikamet", residence outside
Gebze, is one of its reasons for refusal), pushed to GitHub by one developer (GitHub name
halilbrhmkabul) in two commits on 30 October 2025 (commit times in +0300). Every table and
column is named in Turkish, in snake case without Turkish letters (Turkish words quoted in
this docstring write the dotless i as i).

With it the office registers applications for aid ("müracaat": an application number, the
applicant and the person applied for, dates, the application text, the staff member's opinion,
a list of documents, state, decision number and dates), the applicant's household members
("aile_fert": the person, kinship code, special status such as martyr's relative, orphan, widow
or refugee, occupation, social security and schooling) with their disabilities ("engel":
type, degree, report date and number) and illnesses ("hastalik": illness, date of diagnosis),
the household's means ("aile_maddi_durum": total income and debt) with each member's incomes,
debts and the household's home, heating, rent, car and land ("gayrimenkul"), the home-visit
investigation report ("tutanak": the investigating staff member, date, text, photos of the
home), the aid requested and the aid decided by the commission ("yardim_karar": kind of aid,
accepted or refused with a reason, amount, instalment, period, the bank account paid to,
decision number and date), and documents uploaded. Persons ("kisi") are kept as the Turkish
population register (MERNIS, simulated in the application) gives them: national identity
number (TC kimlik no), name, father's and mother's name, birth date and place, sex, marital
status, address, province, district, neighbourhood, phone, e-mail, whether the person lives in
Gebze, social security and schooling; their bank accounts ("hesap_bilgisi": bank, branch,
IBAN, account holder's name); and the office's staff ("personel": national identity number,
name, e-mail, phone, title, department, whether they may investigate or sit on the
commission). The remaining tables are catalogues: kinship codes, occupations, special
statuses, disability types, illnesses, income and debt types, instalments, periods, reasons for
refusal and kinds of aid.

The repository has no SQL schema: Hibernate creates the tables from the entity classes
(``src/main/java/com/sais/entity/*.java``, ``ddl-auto: update`` on Oracle 19c with
``CamelCaseToUnderscoresNamingStrategy``; every column is named explicitly in a ``@Column`` or
``@JoinColumn``). The sample rows are ``src/main/resources/database/master-data.sql``, "MySQL
uyumlu versiyon" (the MySQL version of the Oracle master data): the 11 catalogues (127 rows),
3 staff members, 15 persons ("gerçekçi test verileri", realistic test data: 10 in Gebze, 5
outside) and 10 bank accounts of persons in Gebze. The application, household, means,
investigation, decision and document tables have no rows.

Translation, in this module: the DDL of the 27 tables is written here from the entity classes
(``BaseEntity`` is a mapped superclass whose five audit and state columns every table has),
with Hibernate's Oracle types in MariaDB terms: ``String`` as ``varchar(length)`` (255 by
default), ``columnDefinition = "CLOB"`` as ``longtext``, ``Boolean`` (``NUMBER(1,0)``) as
``tinyint(1)`` with its default, ``Integer`` as ``int``, ``Long`` as ``bigint``, ``Double``
as ``double``, ``LocalDate`` as ``date``, ``LocalDateTime`` as ``datetime(6)``; an
``@Enumerated(EnumType.STRING)`` column as ``varchar(255)`` (or its length) with a check of
the enum's constants, as Hibernate writes it for Oracle; ``nullable = false`` as ``NOT
NULL``, ``unique = true`` and the one-to-one join columns as unique keys, and the sequence
ids as ``bigint AUTO_INCREMENT`` primary keys (the row file gives no ids). Columns are in the
order of the entity's fields, the superclass's last. The foreign keys are not created (every
join column says ``ConstraintMode.NO_CONSTRAINT``). The module checks that each entity file
still names exactly the columns of its table. The row file then runs as written (``INSERT
IGNORE`` statements, the ``UPDATE``s that link disability subtypes to their types, and one
``INSERT ... SELECT`` of the bank accounts by national identity number), once checked to hold
only those statements into the expected tables.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import SourceError, text_of

REPO = "halilbrhmkabul/SAIS"
COMMIT = "4169379432d72456a16ab540eecb6b31052ed660"
_ENTITIES = "src/main/java/com/sais/entity"
ROWS_FILE = "src/main/resources/database/master-data.sql"
FILES = (
    f"{_ENTITIES}/*.java (the JPA entities, from which the DDL is written in the module) and "
    f"{ROWS_FILE} (the MySQL master data) of SAIS, a Spring Boot and JSF application for a "
    "Turkish municipality's social assistance office (Gebze): applications for aid, household "
    "members with disabilities and illnesses, household income, debts and property, home-visit "
    "reports, commission decisions and documents, persons as the population register gives "
    "them, their bank accounts (IBAN), the office's staff and 11 catalogues; all 27 tables, "
    "the master data's rows (11 catalogues, 3 staff, 15 persons, 10 bank accounts)"
)
LICENCE = "none stated (the repository has no licence file)"
ENGINE = "mysql"

_BASE = """,
  olusturma_tarihi datetime(6) NOT NULL,
  guncelleme_tarihi datetime(6),
  olusturan varchar(100),
  guncelleyen varchar(100),
  aktif tinyint(1) DEFAULT 1"""


def _enum(column: str, values: str, length: int = 255, null: str = "") -> str:
    quoted = ", ".join(f"'{v}'" for v in values.split())
    return f"{column} varchar({length}){null} CHECK ({column} IN ({quoted}))"


_SGK = "SSK BAG_KUR EMEKLI_SANDIGI YESIL_KART YOK"
_OGRENIM = (
    "OKUR_YAZAR_DEGIL OKUR_YAZAR ILKOKUL ORTAOKUL LISE ON_LISANS LISANS YUKSEK_LISANS DOKTORA"
)
_MURACAAT_DURUM = (
    "TALEP_IPTAL_EDILDI BASVURU_SAHIBINE_ULASILMADI BEKLEMEDE TAHKIKATA_SEVK "
    "DEGERLENDIRME_KOMISYONU SONUCLANDI BASVURU_SAHIBI_VEFAT_ETTI"
)

#: (table, entity class, column lines after ``id``, extra keys)
_TABLES: list[tuple[str, str, list[str], list[str]]] = [
    (
        "aile_fert",
        "AileFert",
        [
            "muracaat_id bigint NOT NULL",
            "kisi_id bigint NOT NULL",
            "yakinlik_kodu_id bigint",
            "ozel_statu_id bigint",
            "meslek_id bigint",
            _enum("sgk_durum", _SGK, 50),
            _enum("ogrenim_durumu", _OGRENIM, 50),
            "aciklama longtext",
        ],
        ["KEY idx_aile_fert_muracaat (muracaat_id)", "KEY idx_aile_fert_kisi (kisi_id)"],
    ),
    (
        "aile_fert_engel_bilgisi",
        "AileFertEngelBilgisi",
        [
            "aile_fert_id bigint NOT NULL",
            "engelli_tipi_id bigint NOT NULL",
            "engel_orani int NOT NULL",
            "rapor_tarihi date",
            "rapor_no varchar(100)",
            "aciklama varchar(500)",
        ],
        ["UNIQUE KEY (aile_fert_id)"],
    ),
    (
        "aile_fert_hastalik_bilgisi",
        "AileFertHastalikBilgisi",
        [
            "aile_fert_id bigint NOT NULL",
            "hastalik_id bigint",
            "hastalik_adi varchar(150)",
            "teshis_tarihi date",
            "aciklama longtext",
        ],
        ["UNIQUE KEY (aile_fert_id)"],
    ),
    (
        "aile_maddi_durum",
        "AileMaddiDurum",
        [
            "muracaat_id bigint NOT NULL",
            "toplam_gelir double",
            "toplam_borc double",
            "aciklama longtext",
        ],
        ["UNIQUE KEY (muracaat_id)"],
    ),
    (
        "borc_bilgisi",
        "BorcBilgisi",
        [
            "aile_maddi_durum_id bigint NOT NULL",
            "borc_turu_id bigint NOT NULL",
            "borc_tutari double NOT NULL",
            "aciklama varchar(255)",
        ],
        [],
    ),
    (
        "borc_turu",
        "BorcTuru",
        [
            "kod varchar(20) UNIQUE",
            "adi varchar(100) NOT NULL",
            "aciklama varchar(255)",
            "sira_no int",
        ],
        [],
    ),
    (
        "engelli_tipi",
        "EngelliTipi",
        [
            "kod varchar(20) UNIQUE",
            "adi varchar(100) NOT NULL",
            "ust_tip_id bigint",
            "aciklama varchar(255)",
            "sira_no int",
        ],
        [],
    ),
    (
        "gayrimenkul_bilgisi",
        "GayrimenkulBilgisi",
        [
            "aile_maddi_durum_id bigint NOT NULL",
            "evi_var tinyint(1) DEFAULT 0",
            _enum("ev_tipi", "APARTMAN_DAIRESI MUSTAKIL_EV GECEKONDU VILLA DIGER"),
            _enum("ev_yakacak_tipi", "DOGALGAZ KOMUR ODUN ELEKTRIK SOBA DIGER"),
            _enum("ev_mulkiyet", "KIRA LOJMAN AKRABA_EVI DIGER"),
            "kira_tutari double",
            "kirada_evi_var tinyint(1) DEFAULT 0",
            "kirada_ev_sayisi int",
            "toplam_kira_geliri double",
            "araba_var tinyint(1) DEFAULT 0",
            "araba_modeli varchar(150)",
            "gayrimenkul_var tinyint(1) DEFAULT 0",
            _enum("gayrimenkul_turu", "ARSA TARLA BAHCE HISSE DIGER"),
            "gayrimenkul_aciklama varchar(500)",
        ],
        ["UNIQUE KEY (aile_maddi_durum_id)"],
    ),
    (
        "gelir_bilgisi",
        "GelirBilgisi",
        [
            "aile_maddi_durum_id bigint NOT NULL",
            "kisi_id bigint NOT NULL",
            "gelir_turu_id bigint NOT NULL",
            "gelir_tutari double NOT NULL",
            "aciklama varchar(255)",
        ],
        [],
    ),
    (
        "gelir_turu",
        "GelirTuru",
        [
            "kod varchar(20) UNIQUE",
            "adi varchar(100) NOT NULL",
            "aciklama varchar(255)",
            "sira_no int",
        ],
        [],
    ),
    (
        "hastalik",
        "Hastalik",
        [
            "kod varchar(20) UNIQUE",
            "adi varchar(150) NOT NULL",
            "kronik tinyint(1)",
            "aciklama varchar(255)",
        ],
        [],
    ),
    (
        "hesap_bilgisi",
        "HesapBilgisi",
        [
            "kisi_id bigint NOT NULL",
            "banka_adi varchar(100) NOT NULL",
            "sube_adi varchar(100)",
            "iban varchar(32) NOT NULL",
            "hesap_sahibi_adi varchar(200) NOT NULL",
            "varsayilan tinyint(1) DEFAULT 0",
            "aciklama varchar(255)",
        ],
        ["KEY idx_hesap_kisi (kisi_id)"],
    ),
    (
        "kisi",
        "Kisi",
        [
            "tc_kimlik_no varchar(11) NOT NULL UNIQUE",
            "ad varchar(100) NOT NULL",
            "soyad varchar(100) NOT NULL",
            "baba_adi varchar(100)",
            "anne_adi varchar(100)",
            "dogum_tarihi date",
            "dogum_yeri varchar(100)",
            "cinsiyet varchar(1)",
            "medeni_durum varchar(20)",
            "adres longtext",
            "il varchar(50)",
            "ilce varchar(50)",
            "mahalle varchar(100)",
            "telefon varchar(20)",
            "email varchar(150)",
            "gebze_ikameti tinyint(1) DEFAULT 1",
            _enum("sgk_durum", _SGK),
            _enum("ogrenim_durum", _OGRENIM),
            "son_mernis_sorgu_tarihi date",
            "mernis_guncelleme_sayisi int",
        ],
        ["KEY idx_kisi_tc (tc_kimlik_no)", "KEY idx_kisi_son_mernis (son_mernis_sorgu_tarihi)"],
    ),
    (
        "meslek",
        "Meslek",
        ["kod varchar(20) UNIQUE", "adi varchar(150) NOT NULL", "aciklama varchar(255)"],
        [],
    ),
    (
        "muracaat",
        "Muracaat",
        [
            "muracaat_no bigint NOT NULL UNIQUE",
            "basvuru_sahibi_id bigint NOT NULL",
            "komisyon_kararli tinyint(1) NOT NULL DEFAULT 1",
            "kendisi_basvurdu tinyint(1) NOT NULL DEFAULT 1",
            "adina_basvurulan_kisi_id bigint",
            "muracaat_tarihi date NOT NULL",
            "inceleme_tarihi date",
            "basvuru_metni longtext",
            "personel_gorus_notu longtext",
            "dokuman_listesi longtext",
            _enum("durum", _MURACAAT_DURUM, null=" NOT NULL"),
            "kaydeden_personel_id bigint",
            "karar_no bigint",
            "karar_tarihi date",
            "sonuclanma_tarihi date",
        ],
        [
            "KEY idx_muracaat_no (muracaat_no)",
            "KEY idx_muracaat_durum (durum)",
            "KEY idx_muracaat_tarih (muracaat_tarihi)",
        ],
    ),
    (
        "muracaat_dokuman",
        "MuracaatDokuman",
        [
            "muracaat_id bigint NOT NULL",
            "dosya_adi varchar(255) NOT NULL",
            "orijinal_dosya_adi varchar(255) NOT NULL",
            "dosya_yolu varchar(500) NOT NULL",
            "dosya_tipi varchar(100) NOT NULL",
            "dosya_boyutu bigint NOT NULL",
            "aciklama varchar(500)",
            "yuklenme_tarihi datetime(6) NOT NULL",
            "yukleyen_personel_id bigint",
        ],
        ["KEY idx_dokuman_muracaat (muracaat_id)", "KEY idx_dokuman_tarih (yuklenme_tarihi)"],
    ),
    (
        "muracaat_yardim_talep",
        "MuracaatYardimTalep",
        [
            "muracaat_id bigint NOT NULL",
            "yardim_alt_tipi_id bigint NOT NULL",
            "talep_metni longtext",
            "aciklama varchar(500)",
            "sira_no int",
        ],
        [],
    ),
    (
        "ozel_statu",
        "OzelStatu",
        [
            "kod varchar(20) UNIQUE",
            "adi varchar(100) NOT NULL",
            "aciklama varchar(255)",
            "oncelik_puani int",
        ],
        [],
    ),
    (
        "personel",
        "Personel",
        [
            "tc_kimlik_no varchar(11) NOT NULL UNIQUE",
            "ad varchar(100) NOT NULL",
            "soyad varchar(100) NOT NULL",
            "email varchar(150)",
            "telefon varchar(20)",
            "unvan varchar(100)",
            "departman varchar(100)",
            "tahkikat_yetkili tinyint(1) DEFAULT 0",
            "komisyon_uyesi tinyint(1) DEFAULT 0",
            "aciklama varchar(500)",
        ],
        [],
    ),
    (
        "tutanak_bilgisi",
        "TutanakBilgisi",
        [
            "muracaat_id bigint NOT NULL",
            "tahkikat_personel_id bigint",
            "tahkikat_tarihi date",
            "tahkikat_metni longtext",
            "ev_gorselleri longtext",
            "tamamlandi tinyint(1)",
        ],
        ["UNIQUE KEY (muracaat_id)"],
    ),
    (
        "tutanak_gorsel",
        "TutanakGorsel",
        [
            "tutanak_bilgisi_id bigint NOT NULL",
            "dosya_adi varchar(255) NOT NULL",
            "dosya_yolu varchar(500) NOT NULL",
            "dosya_boyutu bigint",
            "content_type varchar(100)",
            "aciklama varchar(500)",
            "sira_no int",
        ],
        ["KEY idx_tutanak_gorsel_tutanak (tutanak_bilgisi_id)"],
    ),
    (
        "yakinlik_kodu",
        "YakinlikKodu",
        [
            "kod varchar(10) NOT NULL UNIQUE",
            "adi varchar(100) NOT NULL",
            "aciklama varchar(255)",
            "sira_no int",
        ],
        [],
    ),
    (
        "yardim_alt_tipi",
        "YardimAltTipi",
        [
            "kod varchar(20) UNIQUE",
            "adi varchar(150) NOT NULL",
            _enum("yardim_tipi", "NAKDI AYNI SAGLIK EGITIM BARIS DIGER", null=" NOT NULL"),
            "komisyon_kararli tinyint(1) NOT NULL DEFAULT 1",
            "birim varchar(50)",
            "varsayilan_tutar double",
            "aciklama varchar(500)",
            "sira_no int",
        ],
        [],
    ),
    (
        "yardim_dilimi",
        "YardimDilimi",
        [
            "kod varchar(20) UNIQUE",
            "adi varchar(50) NOT NULL",
            "aciklama varchar(255)",
            "sira_no int",
        ],
        [],
    ),
    (
        "yardim_donemi",
        "YardimDonemi",
        ["ay_sayisi int NOT NULL UNIQUE", "adi varchar(50) NOT NULL", "aciklama varchar(255)"],
        [],
    ),
    (
        "yardim_karar",
        "YardimKarar",
        [
            "muracaat_id bigint NOT NULL",
            "yardim_alt_tipi_id bigint NOT NULL",
            "talep_edilmis_mi tinyint(1)",
            _enum("yardim_durum", "KABUL_EDILDI RED_EDILDI", null=" NOT NULL"),
            "komisyon_kararli tinyint(1)",
            "toplanti_tarihi date",
            "verilen_tutar double",
            "yardim_dilimi_id bigint",
            "yardim_donemi_id bigint",
            "hesap_bilgisi_id bigint",
            "adet_sayi int",
            "red_sebebi_id bigint",
            "aciklama longtext",
            "kesinlesti tinyint(1)",
            "kesinlesme_tarihi date",
            "karar_sayisi int",
            "karar_tarihi date",
        ],
        [
            "KEY idx_yardim_karar_muracaat (muracaat_id)",
            "KEY idx_yardim_karar_durum (yardim_durum)",
        ],
    ),
    (
        "yardim_red_sebebi",
        "YardimRedSebebi",
        [
            "kod varchar(20) UNIQUE",
            "adi varchar(150) NOT NULL",
            "aciklama varchar(500)",
            "sira_no int",
        ],
        [],
    ),
]

#: the statements of the row file, in order: (kind, table) with their counts run together
_ROW_STATEMENTS = (
    [("INSERT", t) for t in ("yakinlik_kodu", "meslek", "ozel_statu")]
    + [("INSERT", "engelli_tipi")] * 2
    + [("UPDATE", "engelli_tipi")] * 5
    + [
        ("INSERT", t)
        for t in ("hastalik", "gelir_turu", "borc_turu", "yardim_dilimi", "yardim_donemi")
    ]
    + [("INSERT", "yardim_red_sebebi")]
    + [("INSERT", "yardim_alt_tipi")] * 3
    + [("INSERT", "personel")]
    + [("INSERT", "kisi")] * 2
    + [("INSERT", "hesap_bilgisi")]
)
_HEAD = re.compile(r"(INSERT IGNORE INTO|UPDATE) (\w+) ")
_NAMED = re.compile(r'@(?:Join)?Column\(\s*name\s*=\s*"(\w+)"')


def _column_name(line: str) -> str:
    return line.split()[0]


def _checked_entities(read: Callable[[str], bytes]) -> None:
    """Each table's columns are exactly those its entity (and ``BaseEntity``) names."""
    base = _NAMED.findall(text_of(read(f"{_ENTITIES}/BaseEntity.java")))
    for table, entity, lines, _keys in _TABLES:
        source = text_of(read(f"{_ENTITIES}/{entity}.java"))
        if not re.search(rf'@Table\(\s*name\s*=\s*"{table}"', source):
            raise SourceError(f"{entity}.java no longer maps the table {table}")
        named = ["id", *_NAMED.findall(source), *base]
        ours = ["id", *(_column_name(line) for line in lines), *base]
        if sorted(named) != sorted(ours):
            raise SourceError(f"{entity}.java names the columns {named}, not {ours}")


def _ddl() -> str:
    out = []
    for table, _entity, lines, keys in _TABLES:
        body = ",\n  ".join(["id bigint NOT NULL AUTO_INCREMENT", *lines])
        tail = ",\n  ".join(["PRIMARY KEY (id)", *keys])
        out.append(f"CREATE TABLE {table} (\n  {body}{_BASE},\n  {tail}\n);")
    return "\n\n".join(out)


def rows(read: Callable[[str], bytes]) -> str:
    """The master data as written, once its statements are checked."""
    text = text_of(read(ROWS_FILE))
    bare = re.sub(r"(?m)^--.*$", "", text)
    statements = [s.strip() for s in bare.split(";") if s.strip()]
    heads = [_HEAD.match(s) for s in statements]
    found = [
        (h.group(1).split()[0], h.group(2)) if h else ("?", s[:40])
        for h, s in zip(heads, statements, strict=True)
    ]
    if found != _ROW_STATEMENTS:
        raise SourceError(f"{ROWS_FILE} changed: statements {found}")
    if "\\" in text or '"' in text:
        raise SourceError(f"{ROWS_FILE}: backslashes or double quotes, not expected")
    return text


def script(read: Callable[[str], bytes]) -> str:
    """The 27 tables as Hibernate maps the entities, then the master data as written."""
    _checked_entities(read)
    return _ddl() + "\n\n" + rows(read)
