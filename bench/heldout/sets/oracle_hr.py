"""oracle_hr: Oracle's HR (Human Resources) sample schema, in PostgreSQL.

The DDL is a translation of ``hr_create.sql`` (VARCHAR2 -> varchar, NUMBER -> numeric, DATE ->
date; keys, checks, indexes, sequences and the view kept); rows and comments are read from the
source files.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlsource import (
    Tables,
    Value,
    comments,
    create_tables,
    first_word,
    oracle_literal,
    oracle_statements,
    parse_insert,
    rows_by_table,
    table_inserts,
    text_of,
)

REPO = "oracle-samples/db-sample-schemas"
COMMIT = "6660bad68c07bd143430ace58565b3f727e17263"
FILES = "human_resources/hr_create.sql, hr_populate.sql (Oracle HR schema)"
LICENCE = "MIT (Copyright (c) 2023 Oracle and/or its affiliates)"
ENGINE = "postgresql"

TABLES: Tables = {
    "regions": ["region_id numeric NOT NULL", "region_name varchar(25)"],
    "countries": [
        "country_id char(2) NOT NULL",
        "country_name varchar(60)",
        "region_id numeric",
        "CONSTRAINT country_c_id_pk PRIMARY KEY (country_id)",
    ],
    "locations": [
        "location_id numeric(4)",
        "street_address varchar(40)",
        "postal_code varchar(12)",
        "city varchar(30) NOT NULL",
        "state_province varchar(25)",
        "country_id char(2)",
    ],
    "departments": [
        "department_id numeric(4)",
        "department_name varchar(30) NOT NULL",
        "manager_id numeric(6)",
        "location_id numeric(4)",
    ],
    "jobs": [
        "job_id varchar(10)",
        "job_title varchar(35) NOT NULL",
        "min_salary numeric(6)",
        "max_salary numeric(6)",
    ],
    "employees": [
        "employee_id numeric(6)",
        "first_name varchar(20)",
        "last_name varchar(25) NOT NULL",
        "email varchar(25) NOT NULL",
        "phone_number varchar(20)",
        "hire_date date NOT NULL",
        "job_id varchar(10) NOT NULL",
        "salary numeric(8,2)",
        "commission_pct numeric(2,2)",
        "manager_id numeric(6)",
        "department_id numeric(4)",
        "CONSTRAINT emp_salary_min CHECK (salary > 0)",
        "CONSTRAINT emp_email_uk UNIQUE (email)",
    ],
    "job_history": [
        "employee_id numeric(6) NOT NULL",
        "start_date date NOT NULL",
        "end_date date NOT NULL",
        "job_id varchar(10) NOT NULL",
        "department_id numeric(4)",
        "CONSTRAINT jhist_date_interval CHECK (end_date > start_date)",
    ],
}

#: keys after the rows (departments and employees point at each other)
KEYS = """
ALTER TABLE regions ADD CONSTRAINT reg_id_pk PRIMARY KEY (region_id);
ALTER TABLE countries ADD CONSTRAINT countr_reg_fk FOREIGN KEY (region_id) REFERENCES regions;
ALTER TABLE locations ADD CONSTRAINT loc_id_pk PRIMARY KEY (location_id),
  ADD CONSTRAINT loc_c_id_fk FOREIGN KEY (country_id) REFERENCES countries;
ALTER TABLE departments ADD CONSTRAINT dept_id_pk PRIMARY KEY (department_id),
  ADD CONSTRAINT dept_loc_fk FOREIGN KEY (location_id) REFERENCES locations;
ALTER TABLE jobs ADD CONSTRAINT job_id_pk PRIMARY KEY (job_id);
ALTER TABLE employees ADD CONSTRAINT emp_emp_id_pk PRIMARY KEY (employee_id),
  ADD CONSTRAINT emp_dept_fk FOREIGN KEY (department_id) REFERENCES departments,
  ADD CONSTRAINT emp_job_fk FOREIGN KEY (job_id) REFERENCES jobs,
  ADD CONSTRAINT emp_manager_fk FOREIGN KEY (manager_id) REFERENCES employees;
ALTER TABLE departments
  ADD CONSTRAINT dept_mgr_fk FOREIGN KEY (manager_id) REFERENCES employees (employee_id);
ALTER TABLE job_history
  ADD CONSTRAINT jhist_emp_id_st_date_pk PRIMARY KEY (employee_id, start_date),
  ADD CONSTRAINT jhist_job_fk FOREIGN KEY (job_id) REFERENCES jobs,
  ADD CONSTRAINT jhist_emp_fk FOREIGN KEY (employee_id) REFERENCES employees,
  ADD CONSTRAINT jhist_dept_fk FOREIGN KEY (department_id) REFERENCES departments;
CREATE SEQUENCE locations_seq START WITH 3300 INCREMENT BY 100 MAXVALUE 9900 NO CYCLE;
CREATE SEQUENCE departments_seq START WITH 280 INCREMENT BY 10 MAXVALUE 9990 NO CYCLE;
CREATE SEQUENCE employees_seq START WITH 207 INCREMENT BY 1 NO CYCLE;
CREATE INDEX emp_department_ix ON employees (department_id);
CREATE INDEX emp_job_ix ON employees (job_id);
CREATE INDEX emp_manager_ix ON employees (manager_id);
CREATE INDEX emp_name_ix ON employees (last_name, first_name);
CREATE INDEX dept_location_ix ON departments (location_id);
CREATE INDEX jhist_job_ix ON job_history (job_id);
CREATE INDEX jhist_employee_ix ON job_history (employee_id);
CREATE INDEX jhist_department_ix ON job_history (department_id);
CREATE INDEX loc_city_ix ON locations (city);
CREATE INDEX loc_state_province_ix ON locations (state_province);
CREATE INDEX loc_country_ix ON locations (country_id);
"""

VIEWS = """
CREATE VIEW emp_details_view (employee_id, job_id, manager_id, department_id, location_id,
  country_id, first_name, last_name, salary, commission_pct, department_name, job_title, city,
  state_province, country_name, region_name) AS
SELECT e.employee_id, e.job_id, e.manager_id, e.department_id, d.location_id, l.country_id,
  e.first_name, e.last_name, e.salary, e.commission_pct, d.department_name, j.job_title, l.city,
  l.state_province, c.country_name, r.region_name
FROM employees e, departments d, jobs j, locations l, countries c, regions r
WHERE e.department_id = d.department_id AND d.location_id = l.location_id
  AND l.country_id = c.country_id AND c.region_id = r.region_id AND j.job_id = e.job_id;
"""


def script(read: Callable[[str], bytes]) -> str:
    create = oracle_statements(text_of(read("human_resources/hr_create.sql")))
    populate = oracle_statements(text_of(read("human_resources/hr_populate.sql")))
    inserts = [parse_insert(s) for s in populate if first_word(s) == "insert"]

    def literal(table: str, column: str, value: Value) -> str:
        return oracle_literal(value)

    rows = rows_by_table(inserts, TABLES)
    return "\n".join(
        [
            create_tables(TABLES),
            *table_inserts(TABLES, rows, literal),
            KEYS,
            VIEWS,
            *comments(create, set(TABLES), frozenset({"emp_details_view"})),
        ]
    )
