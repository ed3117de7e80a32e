"""Schemas written in Vietnamese, Serbo-Croatian (and Slovenian), Catalan, Greek and Russian (and
Ukrainian) in Latin letters, and Tagalog, read in English (issue 15): made-up tables of people
are classified as their English reading would be; tables of things, premises and firms flag
nothing of a person; English tables, and tables in the languages read before, keep their
reading. Every table, column and value is made up."""

from __future__ import annotations

import pytest

from classifiers import FieldContext
from classifiers.languages import english, language, lexicons, tells

from .table_verdicts import explanations

Columns = dict[str, tuple[object, ...]]

NEW = ("Vietnamese", "Serbo-Croatian", "Catalan", "Greek", "Russian", "Tagalog")


def _empty(*names: str) -> Columns:
    """Columns with no sampled values: their names alone decide."""
    return {name: () for name in names}


#: (table, columns, {column: an entity its verdict must hold})
PEOPLE: list[tuple[str, Columns, dict[str, str]]] = [
    # Vietnamese: a shop's customers, a clinic's patients, staff written in CamelCase
    (
        "khach_hang",
        _empty(
            "ma_kh",
            "ho_ten",
            "ngay_sinh",
            "gioi_tinh",
            "so_dien_thoai",
            "dia_chi",
            "cmnd",
            "cccd",
            "ma_so_thue",
            "so_tai_khoan",
            "ghi_chu",
        ),
        {
            "ho_ten": "PERSON_NAME",
            "ngay_sinh": "DATE_OF_BIRTH",
            "gioi_tinh": "GENDER",
            "so_dien_thoai": "PHONE_NUMBER",
            "dia_chi": "STREET_ADDRESS",
            "cmnd": "NATIONAL_ID",
            "cccd": "NATIONAL_ID",
            "ma_so_thue": "TAX_ID",
            "so_tai_khoan": "BANK_ACCOUNT",
            "ghi_chu": "FREE_TEXT",
        },
    ),
    (
        "benh_nhan",
        _empty(
            "id",
            "hoten",
            "nam_sinh",
            "gioitinh",
            "diachi",
            "sdt",
            "nhom_mau",
            "di_ung",
            "chan_doan",
            "ma_the_bhyt",
            "dan_toc",
            "ton_giao",
        ),
        {
            "hoten": "PERSON_NAME",
            "nam_sinh": "DATE_OF_BIRTH",
            "gioitinh": "GENDER",
            "diachi": "STREET_ADDRESS",
            "sdt": "PHONE_NUMBER",
            "nhom_mau": "PHYSICAL",
            "di_ung": "HEALTH",
            "chan_doan": "HEALTH",
            "ma_the_bhyt": "INSURANCE_ID",
            "dan_toc": "SENSITIVE_DEMOGRAPHIC",
            "ton_giao": "SENSITIVE_DEMOGRAPHIC",
        },
    ),
    (
        "NhanVien",
        _empty("MaNV", "Ho", "Ten", "TenDem", "NgaySinh", "QueQuan", "Luong", "MatKhau"),
        {
            "Ho": "PERSON_NAME",
            "Ten": "PERSON_NAME",
            "TenDem": "PERSON_NAME",
            "NgaySinh": "DATE_OF_BIRTH",
            "QueQuan": "DEMOGRAPHIC",
            "Luong": "FINANCIAL",
            "MatKhau": "PASSWORD_HASH",
        },
    ),
    # Serbo-Croatian: a Croatian shop's customers, Serbian staff, a Slovenian club's users
    (
        "kupci",
        _empty("id", "ime", "prezime", "oib", "adresa", "postanski_broj", "grad", "mobitel"),
        {
            "ime": "PERSON_NAME",
            "prezime": "PERSON_NAME",
            "oib": "TAX_ID",
            "adresa": "STREET_ADDRESS",
            "postanski_broj": "POSTAL_CODE",
            "grad": "CITY",
            "mobitel": "PHONE_NUMBER",
        },
    ),
    (
        "zaposleni",
        _empty(
            "id",
            "ime",
            "prezime",
            "jmbg",
            "datum_rodjenja",
            "mesto_rodjenja",
            "pol",
            "bracno_stanje",
            "broj_licne_karte",
            "plata",
            "ime_oca",
        ),
        {
            "ime": "PERSON_NAME",
            "prezime": "PERSON_NAME",
            "jmbg": "NATIONAL_ID",
            "datum_rodjenja": "DATE_OF_BIRTH",
            "mesto_rodjenja": "DEMOGRAPHIC",
            "pol": "GENDER",
            "bracno_stanje": "DEMOGRAPHIC",
            "broj_licne_karte": "NATIONAL_ID",
            "plata": "FINANCIAL",
            "ime_oca": "PERSON_NAME",
        },
    ),
    (
        "uporabniki",
        _empty("id", "ime", "priimek", "naslov", "kraj", "emso", "davcna_stevilka", "geslo"),
        {
            "ime": "PERSON_NAME",
            "priimek": "PERSON_NAME",
            "naslov": "STREET_ADDRESS",
            "kraj": "CITY",
            "emso": "NATIONAL_ID",
            "davcna_stevilka": "TAX_ID",
            "geslo": "PASSWORD_HASH",
        },
    ),
    # Catalan: a club's members, a school's pupils
    (
        "socis",
        _empty(
            "id",
            "nom",
            "cognoms",
            "data_naixement",
            "adreca",
            "codi_postal",
            "poblacio",
            "comarca",
            "correu_electronic",
            "contrasenya",
        ),
        {
            "nom": "PERSON_NAME",
            "cognoms": "PERSON_NAME",
            "data_naixement": "DATE_OF_BIRTH",
            "adreca": "STREET_ADDRESS",
            "codi_postal": "POSTAL_CODE",
            "poblacio": "CITY",
            "comarca": "REGION",
            "correu_electronic": "EMAIL_ADDRESS",
            "contrasenya": "PASSWORD_HASH",
        },
    ),
    (
        "alumnes",
        _empty("id", "nom", "primer_cognom", "segon_cognom", "nom_del_pare", "nom_de_la_mare"),
        {
            "nom": "PERSON_NAME",
            "primer_cognom": "PERSON_NAME",
            "segon_cognom": "PERSON_NAME",
            "nom_del_pare": "PERSON_NAME",
            "nom_de_la_mare": "PERSON_NAME",
        },
    ),
    # Greek: a shop's customers, a clinic's patients (Greeklish with ``h`` for eta)
    (
        "pelates",
        _empty(
            "id",
            "onoma",
            "eponymo",
            "patronymo",
            "tilefono",
            "kinito",
            "dieuthinsi",
            "tk",
            "poli",
            "afm",
            "amka",
        ),
        {
            "onoma": "PERSON_NAME",
            "eponymo": "PERSON_NAME",
            "patronymo": "PERSON_NAME",
            "tilefono": "PHONE_NUMBER",
            "kinito": "PHONE_NUMBER",
            "dieuthinsi": "STREET_ADDRESS",
            "tk": "POSTAL_CODE",
            "poli": "CITY",
            "afm": "TAX_ID",
            "amka": "NATIONAL_ID",
        },
    ),
    (
        "astheneis",
        _empty(
            "id",
            "onomateponymo",
            "hmeromhnia_gennhshs",
            "fylo",
            "omada_aimatos",
            "allergies",
            "diagnosi",
            "simeioseis",
        ),
        {
            "onomateponymo": "PERSON_NAME",
            "hmeromhnia_gennhshs": "DATE_OF_BIRTH",
            "fylo": "GENDER",
            "omada_aimatos": "PHYSICAL",
            "allergies": "HEALTH",
            "diagnosi": "HEALTH",
            "simeioseis": "FREE_TEXT",
        },
    ),
    # Russian: staff; Ukrainian: customers
    (
        "sotrudniki",
        _empty(
            "id",
            "familiya",
            "imya",
            "otchestvo",
            "data_rozhdeniya",
            "pol",
            "snils",
            "inn",
            "nomer_pasporta",
            "polis_oms",
            "oklad",
            "adres_registratsii",
        ),
        {
            "familiya": "PERSON_NAME",
            "imya": "PERSON_NAME",
            "otchestvo": "PERSON_NAME",
            "data_rozhdeniya": "DATE_OF_BIRTH",
            "pol": "GENDER",
            "snils": "NATIONAL_ID",
            "inn": "TAX_ID",
            "nomer_pasporta": "NATIONAL_ID",
            "polis_oms": "INSURANCE_ID",
            "oklad": "FINANCIAL",
            "adres_registratsii": "STREET_ADDRESS",
        },
    ),
    (
        "kliienty",
        _empty("id", "pib", "prizvyshche", "imia", "po_batkovi", "data_narodzhennia", "rnokpp"),
        {
            "pib": "PERSON_NAME",
            "prizvyshche": "PERSON_NAME",
            "imia": "PERSON_NAME",
            "po_batkovi": "PERSON_NAME",
            "data_narodzhennia": "DATE_OF_BIRTH",
            "rnokpp": "TAX_ID",
        },
    ),
    # Tagalog: a cooperative's members, a firm's employees
    (
        "mga_miyembro",
        _empty(
            "id",
            "pangalan",
            "apelyido",
            "kaarawan",
            "kasarian",
            "tirahan",
            "barangay",
            "lungsod",
            "numero_ng_telepono",
            "pangalan_ng_ina",
        ),
        {
            "pangalan": "PERSON_NAME",
            "apelyido": "PERSON_NAME",
            "kaarawan": "DATE_OF_BIRTH",
            "kasarian": "GENDER",
            "tirahan": "STREET_ADDRESS",
            "barangay": "CITY",
            "lungsod": "CITY",
            "numero_ng_telepono": "PHONE_NUMBER",
            "pangalan_ng_ina": "PERSON_NAME",
        },
    ),
    (
        "empleyado",
        _empty(
            "id",
            "unang_pangalan",
            "gitnang_pangalan",
            "apelyido",
            "petsa_ng_kapanganakan",
            "katayuang_sibil",
            "sss",
            "philhealth",
            "sahod",
        ),
        {
            "unang_pangalan": "PERSON_NAME",
            "gitnang_pangalan": "PERSON_NAME",
            "apelyido": "PERSON_NAME",
            "petsa_ng_kapanganakan": "DATE_OF_BIRTH",
            "katayuang_sibil": "DEMOGRAPHIC",
            "sss": "NATIONAL_ID",
            "philhealth": "INSURANCE_ID",
            "sahod": "FINANCIAL",
        },
    ),
]


@pytest.mark.parametrize(("table", "columns", "expected"), PEOPLE, ids=[t for t, _, _ in PEOPLE])
def test_a_table_of_people_in_one_of_six_languages(
    table: str, columns: Columns, expected: dict[str, str]
) -> None:
    found = explanations(table, columns)
    missed = {c: e for c, e in expected.items() if e not in found[c]}
    assert missed == {}, {c: found[c] for c in missed}


#: Tables of things whose names look like a person's fields: a product's name and price, an
#: order's date and state, stock, a timetable, an invoice, a category's parent.
THINGS: list[tuple[str, Columns]] = [
    ("san_pham", _empty("ma_sp", "ten_san_pham", "gia", "so_luong", "danh_muc_id", "mo_ta")),
    ("don_hang", _empty("ma_don_hang", "ngay_dat", "tong_tien", "trang_thai")),
    ("ton_kho", _empty("id", "ma_sp", "ma_kho", "so_luong", "ngay_cap_nhat")),
    ("lich_hoc", _empty("id", "mon_hoc", "lop", "phong", "thu", "gio_bat_dau")),
    ("proizvodi", _empty("id", "naziv", "sifra", "cijena", "kolicina", "opis")),
    ("racuni", _empty("id", "broj_racuna", "datum", "iznos", "pdv", "kupac_id")),
    ("raspored", _empty("id", "predmet", "dan", "vrijeme_pocetka", "ucionica")),
    ("productes", _empty("id", "nom", "descripcio", "preu", "quantitat", "categoria_id")),
    ("comandes", _empty("id", "data_comanda", "import_total", "estat", "client_id")),
    ("horaris", _empty("id", "assignatura", "dia", "hora_inici", "hora_final", "aula")),
    ("proionta", _empty("id", "onoma", "perigrafi", "timi", "posotita", "katigoria_id")),
    ("timologia", _empty("id", "arithmos", "imerominia", "poso", "fpa", "pelatis_id")),
    ("tovary", _empty("id", "naimenovanie", "artikul", "tsena", "kolichestvo", "opisanie")),
    ("scheta", _empty("id", "nomer_scheta", "data", "summa", "nds", "kontragent_id")),
    ("kategorii", _empty("id", "nazvanie", "roditel_id", "poryadok")),
    ("produkto", _empty("id", "pangalan", "paglalarawan", "presyo", "dami", "kategorya")),
    ("iskedyul", _empty("id", "asignatura", "araw", "oras_simula", "oras_katapusan")),
]


@pytest.mark.parametrize(("table", "columns"), THINGS, ids=[t for t, _ in THINGS])
def test_a_table_of_things_in_one_of_six_languages_flags_nothing(
    table: str, columns: Columns
) -> None:
    found = {c: hits for c, hits in explanations(table, columns).items() if hits}
    assert found == {}


#: Firms' and premises' tables (a supplier, a warehouse, a company, a branch, a municipality):
#: their contact details and numbers are no person's.
PREMISES: list[tuple[str, Columns]] = [
    ("nha_cung_cap", _empty("id", "ten_cong_ty", "ma_so_thue", "dia_chi", "dien_thoai")),
    ("kho_hang", _empty("ma_kho", "ten_kho", "dia_chi", "dien_thoai")),
    ("tvrtke", _empty("id", "naziv", "oib", "adresa", "telefon")),
    ("poslovnice", _empty("id", "naziv", "adresa", "grad", "telefon")),
    ("empreses", _empty("id", "rao_social", "nif", "adreca", "telefon")),
    ("municipis", _empty("id", "nom", "comarca", "provincia", "codi_postal")),
    ("etaireies", _empty("id", "eponymia", "afm", "doy", "dieuthinsi", "tilefono")),
    ("organizatsii", _empty("id", "naimenovanie", "inn", "kpp", "ogrn", "adres")),
    ("kompanya", _empty("id", "pangalan", "tin", "tirahan", "telepono")),
    ("barangay", _empty("id", "pangalan", "lungsod", "lalawigan")),
]


@pytest.mark.parametrize(("table", "columns"), PREMISES, ids=[t for t, _ in PREMISES])
def test_a_firms_or_premises_details_in_one_of_six_languages_are_no_persons(
    table: str, columns: Columns
) -> None:
    found = {c: hits for c, hits in explanations(table, columns).items() if hits}
    assert found == {}


#: Vietnamese ``ho`` is a surname (``họ``) beside a given or a middle name, or in a table named
#: for people; elsewhere it is a lake (``hồ``) or a household (``hộ``), and a table named for
#: one is no table of people by that word alone. Lake names read as person names to the value
#: signal. (table, columns and their made-up values, the column that is no person's name)
LAKES: list[tuple[str, Columns, str]] = [
    (
        "ho_chua_nuoc",
        {
            "ma_ho": ("R1", "R2", "R3", "R4"),
            "ten_ho": ("Ho Yen Lap", "Ho Song Hinh", "Ho Phu Ninh", "Ho Cam Son"),
            "dung_tich": (110, 320, 420, 250),
            "dien_tich": (20, 41, 33, 26),
            "tinh": ("Quang Ninh", "Phu Yen", "Quang Nam", "Bac Giang"),
            "huyen": ("Quang Yen", "Song Hinh", "Phu Ninh", "Luc Ngan"),
        },
        "ten_ho",
    ),
    (
        "ao_ho",
        {
            "ten_ao_ho": ("Ho Truc Bach", "Ho Lak", "Ho Bay Mau", "Ho Nui Coc"),
            "loai": ("ho tu nhien", "ho tu nhien", "ho nhan tao", "ho nhan tao"),
            "dien_tich": (22, 500, 18, 2500),
            "do_sau": (2.0, 4.5, 1.8, 6.0),
            "tinh": ("Ha Noi", "Dak Lak", "Ho Chi Minh", "Thai Nguyen"),
        },
        "ten_ao_ho",
    ),
]


@pytest.mark.parametrize(("table", "columns", "column"), LAKES, ids=[t for t, _, _ in LAKES])
def test_a_vietnamese_lakes_name_is_no_surname(table: str, columns: Columns, column: str) -> None:
    found = explanations(table, columns)
    assert "PERSON_NAME" not in found[column]
    assert all(hits == {} for hits in found.values())


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        # beside a given name, in a table named for no one
        ("dang_ky", ("id", "ho", "ten", "email", "ngay_dang_ky")),
        # beside a middle name
        ("danh_sach", ("stt", "ho", "ten_dem", "ten", "ngay_sinh", "lop")),
        # beside a given name in a citizens' table (whose name the English rules do not read
        # as people's), and alone in a table named for people
        ("cong_dan", ("id", "ho", "ten", "que_quan", "ngay_sinh")),
        ("khach_hang", ("id", "ho", "so_dien_thoai", "ngay_sinh")),
    ],
)
def test_a_vietnamese_ho_beside_a_given_name_or_among_people_is_a_surname(
    table: str, columns: tuple[str, ...]
) -> None:
    assert "PERSON_NAME" in explanations(table, _empty(*columns))["ho"]


@pytest.mark.parametrize(
    ("table", "columns", "column", "entity"),
    [
        # a pet's sex, a book's or a film's title (Slovenian ``naslov`` is an address, Croatian
        # a title), a news item's title
        ("thu_cung", ("id", "ten", "loai", "gioi_tinh", "tuoi", "can_nang"), "gioi_tinh", "GENDER"),
        ("ljubimci", ("id", "ime", "vrsta", "pol", "starost", "tezina"), "pol", "GENDER"),
        ("mascotes", ("id", "nom", "especie", "sexe", "edat", "pes"), "sexe", "GENDER"),
        ("katoikidia", ("id", "onoma", "eidos", "fylo", "ilikia"), "fylo", "GENDER"),
        ("zhivotnye", ("id", "klichka", "vid", "pol", "vozrast", "ves"), "pol", "GENDER"),
        ("alaga", ("id", "pangalan", "uri", "kasarian", "edad"), "kasarian", "GENDER"),
        ("knjige", ("id", "naslov", "autor", "izdavac", "isbn"), "naslov", "STREET_ADDRESS"),
        ("filmovi", ("id", "naslov", "redatelj", "godina"), "naslov", "STREET_ADDRESS"),
        ("vijesti", ("id", "naslov", "sadrzaj", "autor", "datum"), "naslov", "STREET_ADDRESS"),
        # a category's parent is no person's
        ("kategorii", ("id", "nazvanie", "roditel_id"), "roditel_id", "PERSON_NAME"),
    ],
)
def test_a_column_of_a_table_of_no_people_in_one_of_six_languages_is_no_persons(
    table: str, columns: tuple[str, ...], column: str, entity: str
) -> None:
    assert entity not in explanations(table, _empty(*columns))[column]


@pytest.mark.parametrize(
    ("names", "spoken"),
    [
        (["khach_hang", "ho_ten", "ngay_sinh", "so_dien_thoai", "dia_chi"], "Vietnamese"),
        (["KhachHang", "HoTen", "NgaySinh", "DiaChi", "GioiTinh"], "Vietnamese"),
        (["kupci", "ime", "prezime", "datum_rodjenja", "postanski_broj"], "Serbo-Croatian"),
        (["uporabniki", "ime", "priimek", "naslov", "geslo"], "Serbo-Croatian"),
        (["clients", "nom", "cognoms", "adreca", "poblacio", "codi_postal"], "Catalan"),
        (["pelates", "onoma", "eponymo", "tilefono", "dieuthinsi"], "Greek"),
        (["klienty", "familiya", "imya", "otchestvo", "data_rozhdeniya"], "Russian"),
        (["kliienty", "prizvyshche", "imia", "po_batkovi", "data_narodzhennia"], "Russian"),
        (["kliyente", "pangalan", "apelyido", "kaarawan", "tirahan"], "Tagalog"),
        # the languages read before keep their tables, though the new glossaries share words
        (["pacientes", "nombre", "apellidos", "fecha_nacimiento", "telefono"], "Spanish"),
        (["clientes", "nome", "sobrenome", "data_nascimento", "telefone"], "Portuguese"),
        (["clients", "nom", "prenom", "adresse", "telephone"], "French"),
        (["zakaznici", "jmeno", "prijmeni", "adresa", "mesto", "telefon"], "Czech"),
        (["ziaci", "meno", "priezvisko", "ulica", "mesto", "telefon"], "Czech"),
        (["klienci", "imie", "nazwisko", "adres", "ulica", "telefon"], "Polish"),
        (["clienti", "nume", "prenume", "adresa", "telefon", "diagnostic"], "Romanian"),
        (["musteriler", "adi", "soyadi", "adres", "telefon"], "Turkish"),
        (["pelanggan", "nama", "alamat", "anak", "umur"], "Indonesian"),
        # English tables whose words the new glossaries read too
        (["users", "name", "email", "con", "the_date", "ten", "may_id"], None),
        (["products", "final_price", "vehicle", "monitor", "porter", "pastel", "quota"], None),
        (["documents", "document", "electronic", "article", "access", "col", "sol"], None),
    ],
)
def test_a_tables_language_among_the_six(names: list[str], spoken: str | None) -> None:
    found = language(names)
    assert (found.name if found else None) == spoken


@pytest.mark.parametrize(
    ("table", "columns", "column", "read"),
    [
        # Vietnamese: syllables apart or glued, the head first
        ("khach_hang", ("ho_ten", "dia_chi", "so_dien_thoai"), "so_dien_thoai", "phone_number"),
        ("khach_hang", ("ho_ten", "dia_chi", "ten_nguoi_nhan"), "ten_nguoi_nhan", "recipient_name"),
        ("khach_hang", ("hoten", "diachi", "ngaysinh"), "ngaysinh", "birth_date"),
        ("khach_hang", ("ho_ten", "ngay_sinh", "ho_ten_me"), "ho_ten_me", "mother_full_name"),
        # Serbo-Croatian: the genitive after its head, an adjective before it
        ("kupci", ("ime", "prezime", "broj_telefona"), "broj_telefona", "phone_number"),
        ("kupci", ("ime", "prezime", "mobilni_telefon"), "mobilni_telefon", "mobile_phone"),
        ("kupci", ("ime", "prezime", "ime_majke"), "ime_majke", "mother_name"),
        ("kupci", ("ime", "prezime", "datum_rodenja"), "datum_rodenja", "birth_date"),
        # Catalan: linkers dropped, a plural read in the singular
        (
            "clients",
            ("nom", "cognoms", "adreca", "data_de_naixement"),
            "data_de_naixement",
            "birth_date",
        ),
        ("clients", ("nom", "cognoms", "adreca", "nom_del_pare"), "nom_del_pare", "father_name"),
        # Greek: a genitive after its head
        (
            "pelates",
            ("onoma", "eponymo", "arithmos_tilefonou"),
            "arithmos_tilefonou",
            "phone_number",
        ),
        ("pelates", ("onoma", "eponymo", "onoma_patros"), "onoma_patros", "father_name"),
        # Russian and Ukrainian: the genitive, an adjective before its head
        ("klienty", ("familiya", "imya", "nomer_telefona"), "nomer_telefona", "phone_number"),
        ("klienty", ("familiya", "imya", "mobilnyy_telefon"), "mobilnyy_telefon", "mobile"),
        ("klienty", ("familiya", "imya", "domashniy_telefon"), "domashniy_telefon", "home_phone"),
        ("klienty", ("familiya", "imya", "data_rojdeniya"), "data_rojdeniya", "birth_date"),
        ("klienty", ("familiya", "imya", "otchestvo"), "otchestvo", "middle_name"),
        # Tagalog: ``ng`` links a head to what qualifies it
        ("kliyente", ("pangalan", "apelyido", "pangalan_ng_ama"), "pangalan_ng_ama", "father_name"),
        ("kliyente", ("pangalan", "apelyido", "unang_pangalan"), "unang_pangalan", "first_name"),
    ],
)
def test_how_a_name_in_one_of_six_languages_is_read(
    table: str, columns: tuple[str, ...], column: str, read: str
) -> None:
    ctx = FieldContext("app", f"public.{table}", column, siblings=(*columns, column))
    found = english(ctx)
    assert found is not None, "the table is read in its language"
    assert found.name == read


@pytest.mark.parametrize(
    ("table", "columns", "read"),
    [
        ("khach_hang", ("ho_ten", "dia_chi", "so_dien_thoai"), "customer"),
        ("korisnici", ("ime", "prezime", "lozinka"), "users"),
        ("gradjani", ("ime", "prezime", "jmbg"), "citizens"),
        ("usuaris", ("nom", "cognoms", "contrasenya"), "users"),
        ("astheneis", ("onoma", "eponymo", "tilefono"), "patients"),
        ("polzovateli", ("familiya", "imya", "parol"), "users"),
        ("mga_kliyente", ("pangalan", "apelyido", "kaarawan"), "customer"),
    ],
)
def test_how_a_table_in_one_of_six_languages_is_read(
    table: str, columns: tuple[str, ...], read: str
) -> None:
    found = english(FieldContext("app", f"public.{table}", columns[0], siblings=columns))
    assert found is not None
    assert found.dataset == f"public.{read}"


def test_a_verdict_says_which_of_the_six_languages_read_it() -> None:
    found = explanations("klienty", _empty("familiya", "imya", "data_rozhdeniya"))
    assert found["data_rozhdeniya"]["DATE_OF_BIRTH"].startswith(
        "column name read in Russian as 'birth_date'; "
    )


def test_no_word_an_older_glossary_reads_tells_one_of_the_six() -> None:
    """A word an older glossary reads (Czech ``adresa``, Spanish ``empresa``, Romanian
    ``pacient``; Turkish ``kat``, a floor it reads quietly) is quiet in the six: it tells the
    older language as it did, or none, and a table in that language keeps its reading."""
    old = [lex for lex in lexicons() if lex.name not in NEW]
    told_by_new = {
        (lexicon.name, word)
        for lexicon in lexicons()
        if lexicon.name in NEW
        for word in lexicon.vocabulary
        if lexicon.name in tells(word)
    }
    read_by_old = {(name, w) for name, w in told_by_new if any(o.find(w) for o in old)}
    assert read_by_old == set()


def test_the_six_take_no_word_from_the_english_that_tells_a_table_english() -> None:
    """A glossary's single word that is an English one read as something else (Catalan
    ``client``, ``import``; Serbo-Croatian ``dob``, an age; Vietnamese ``lang``, a village)
    would no longer count as English in an English table."""
    from classifiers.languages import _english_words

    assert {"client", "import", "dob", "lang", "professor", "shipper"} <= _english_words()


@pytest.mark.parametrize(
    ("columns", "column", "entity"),
    [
        # ``con``, a Vietnamese child, is a Spanish ``conjunto``'s prefix: left out as before
        (
            ("con_id", "con_nombre", "con_direccion", "con_fono", "con_adm_run"),
            "con_adm_run",
            "TAX_ID",
        ),
    ],
)
def test_a_short_word_of_the_six_is_another_tables_prefix(
    columns: tuple[str, ...], column: str, entity: str
) -> None:
    assert entity in explanations("conjunto", _empty(*columns))[column]


def test_a_vietnamese_number_prefix_stays_in_a_vietnamese_table() -> None:
    """``so`` (a number) leads most of a Vietnamese table's columns: it is read, not dropped."""
    from classifiers.languages import _unprefixed

    assert _unprefixed(("so_cmnd", "so_tai_khoan", "so_dien_thoai", "ho_ten")) == {}
