"""Held-out set fbemployee: the EMPLOYEE sample database of Firebird (and InterBase before it):
a small company's employees, departments, jobs, projects, customers and sales.

``examples/empbuild/empddl.sql`` defines ten tables: employee (first and last name, a computed
full name, phone extension, hire date, department, job code, grade and country, salary),
salary_history (old salary, percent change and a computed new salary of an employee, with the
user who changed it), customer (a company with its contact person's first and last name, phone,
address lines, city, state or province, country and postal code), sales (purchase orders with
the employee who sold them), department (location, phone, manager), job (title, salary range),
project, employee_project, proj_dept_budget and country. ``empdml.sql`` fills them, and its
``UPDATE employee SET salary`` statements fill salary_history through a trigger, as in Firebird.

The DDL is translated by hand to PostgreSQL (domains replaced by their types, ``COMPUTED BY``
columns as generated columns, Firebird arrays as PostgreSQL arrays, the salary-history trigger
rewritten in PL/pgSQL); every row of ``empdml.sql`` is loaded as written. The two text blobs
(job.job_requirement, project.proj_desc) and the two arrays (job.language_req,
proj_dept_budget.quart_head_cnt) are filled by a C program (``empbuild.epp``) from ``*.inp``
files, not by SQL, and stay empty here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from sqlsource import text_of

REPO = "FirebirdSQL/firebird"
COMMIT = "f2a513ef2b3b012307e0c90e0330d0eb04e494cd"
FILES = "examples/empbuild/empddl.sql (tables, translated by hand) and empdml.sql (all rows)"
LICENCE = "InterBase Public License 1.0"
ENGINE = "postgresql"

_DDL = """
SET DateStyle = 'ISO, MDY';
CREATE TABLE country (
    country varchar(15) NOT NULL PRIMARY KEY,
    currency varchar(10) NOT NULL
);
CREATE TABLE job (
    job_code varchar(5) NOT NULL,
    job_grade smallint NOT NULL CHECK (job_grade BETWEEN 0 AND 6),
    job_country varchar(15) NOT NULL REFERENCES country (country),
    job_title varchar(25) NOT NULL,
    min_salary numeric(10,2) NOT NULL,
    max_salary numeric(10,2) NOT NULL,
    job_requirement text,
    language_req varchar(15)[],
    PRIMARY KEY (job_code, job_grade, job_country),
    CHECK (min_salary < max_salary)
);
CREATE TABLE department (
    dept_no char(3) NOT NULL PRIMARY KEY,
    department varchar(25) NOT NULL UNIQUE,
    head_dept char(3) REFERENCES department (dept_no),
    mngr_no smallint,
    budget numeric(12,2) DEFAULT 50000,
    location varchar(15),
    phone_no varchar(20) DEFAULT '555-1234'
);
CREATE TABLE employee (
    emp_no smallint NOT NULL PRIMARY KEY,
    first_name varchar(15) NOT NULL,
    last_name varchar(20) NOT NULL,
    phone_ext varchar(4),
    hire_date timestamp DEFAULT now() NOT NULL,
    dept_no char(3) NOT NULL REFERENCES department (dept_no),
    job_code varchar(5) NOT NULL,
    job_grade smallint NOT NULL,
    job_country varchar(15) NOT NULL,
    salary numeric(10,2) NOT NULL DEFAULT 0 CHECK (salary > 0),
    full_name text GENERATED ALWAYS AS (last_name || ', ' || first_name) STORED,
    FOREIGN KEY (job_code, job_grade, job_country) REFERENCES job (job_code, job_grade, job_country)
);
ALTER TABLE department ADD FOREIGN KEY (mngr_no) REFERENCES employee (emp_no);
CREATE TABLE project (
    proj_id char(5) NOT NULL PRIMARY KEY,
    proj_name varchar(20) NOT NULL UNIQUE,
    proj_desc text,
    team_leader smallint REFERENCES employee (emp_no),
    product varchar(12) DEFAULT 'software' NOT NULL
);
CREATE TABLE employee_project (
    emp_no smallint NOT NULL REFERENCES employee (emp_no),
    proj_id char(5) NOT NULL REFERENCES project (proj_id),
    PRIMARY KEY (emp_no, proj_id)
);
CREATE TABLE proj_dept_budget (
    fiscal_year integer NOT NULL CHECK (fiscal_year >= 1993),
    proj_id char(5) NOT NULL REFERENCES project (proj_id),
    dept_no char(3) NOT NULL REFERENCES department (dept_no),
    quart_head_cnt integer[],
    projected_budget numeric(12,2) DEFAULT 50000,
    PRIMARY KEY (fiscal_year, proj_id, dept_no)
);
CREATE TABLE salary_history (
    emp_no smallint NOT NULL REFERENCES employee (emp_no),
    change_date timestamp DEFAULT now() NOT NULL,
    updater_id varchar(20) NOT NULL,
    old_salary numeric(10,2) NOT NULL,
    percent_change double precision DEFAULT 0 NOT NULL
        CHECK (percent_change BETWEEN -50 AND 50),
    new_salary double precision
        GENERATED ALWAYS AS (old_salary + old_salary * percent_change / 100) STORED,
    PRIMARY KEY (emp_no, change_date, updater_id)
);
CREATE FUNCTION save_salary_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF old.salary <> new.salary THEN
        INSERT INTO salary_history (emp_no, change_date, updater_id, old_salary, percent_change)
        VALUES (old.emp_no, clock_timestamp(), current_user, old.salary,
                (new.salary - old.salary) * 100 / old.salary);
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER save_salary_change AFTER UPDATE ON employee
    FOR EACH ROW EXECUTE FUNCTION save_salary_change();
CREATE TABLE customer (
    cust_no integer NOT NULL PRIMARY KEY CHECK (cust_no > 1000),
    customer varchar(25) NOT NULL,
    contact_first varchar(15),
    contact_last varchar(20),
    phone_no varchar(20),
    address_line1 varchar(30),
    address_line2 varchar(30),
    city varchar(25),
    state_province varchar(15),
    country varchar(15) REFERENCES country (country),
    postal_code varchar(12),
    on_hold char(1) DEFAULT NULL CHECK (on_hold IS NULL OR on_hold = '*')
);
CREATE TABLE sales (
    po_number char(8) NOT NULL PRIMARY KEY,
    cust_no integer NOT NULL REFERENCES customer (cust_no),
    sales_rep smallint REFERENCES employee (emp_no),
    order_status varchar(7) DEFAULT 'new' NOT NULL
        CHECK (order_status IN ('new', 'open', 'shipped', 'waiting')),
    order_date timestamp DEFAULT now() NOT NULL,
    ship_date timestamp CHECK (ship_date >= order_date OR ship_date IS NULL),
    date_needed timestamp CHECK (date_needed > order_date OR date_needed IS NULL),
    paid char(1) DEFAULT 'n' CHECK (paid IN ('y', 'n')),
    qty_ordered integer DEFAULT 1 NOT NULL CHECK (qty_ordered >= 1),
    total_value numeric(9,2) NOT NULL CHECK (total_value >= 0),
    discount double precision DEFAULT 0 NOT NULL CHECK (discount >= 0 AND discount <= 1),
    item_type varchar(12) DEFAULT 'software' NOT NULL,
    aged interval GENERATED ALWAYS AS (ship_date - order_date) STORED
);
"""

_SKIP = re.compile(r"(commit|set\s+generator)\b", re.I)


def script(read: Callable[[str], bytes]) -> str:
    """The hand-translated DDL, then every statement of ``empdml.sql`` but its ``COMMIT``s and
    generator settings (the keys are given in the rows)."""
    dml = re.sub(r"/\*.*?\*/", "", text_of(read("examples/empbuild/empdml.sql")), flags=re.S)
    statements = [s.strip() for s in dml.split(";") if s.strip()]
    kept = [s + ";" for s in statements if not _SKIP.match(s)]
    return _DDL + "\n".join(kept) + "\n"
