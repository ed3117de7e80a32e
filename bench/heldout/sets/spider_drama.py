"""Held-out set spider_drama: the ``cre_Drama_Workshop_Groups`` database of Spider (text-to-SQL).

Drama workshop groups and stores (business names, phones and e-mail addresses), their clients,
customers and performers (people, each with a name, phone and e-mail in columns named
``Customer_*``), bookings, orders, invoices, products and services, and one address table for
businesses and people alike, all eighteen tables and all their rows, loaded into MariaDB from the
benchmark's SQLite file with the DDL translated by hand: the same Pascal-snake-case columns in the
same order; primary keys kept, foreign keys left out.
"""

from __future__ import annotations

from collections.abc import Callable

import sqlitesource

REPO, COMMIT, LICENCE = sqlitesource.SPIDER
FILES = (
    "datasets/spider/database/cre_Drama_Workshop_Groups/cre_Drama_Workshop_Groups.sqlite "
    "(Spider's cre_Drama_Workshop_Groups, all rows)"
)
ENGINE = "mysql"

_TABLES: sqlitesource.Tables = {
    "ref_payment_methods": (
        "Ref_Payment_Methods",
        (
            "payment_method_code CHAR(10) NOT NULL",
            "payment_method_description VARCHAR(80)",
        ),
        "PRIMARY KEY (payment_method_code)",
    ),
    "ref_service_types": (
        "Ref_Service_Types",
        (
            "Service_Type_Code CHAR(15) NOT NULL",
            "Parent_Service_Type_Code CHAR(15)",
            "Service_Type_Description VARCHAR(255)",
        ),
        "PRIMARY KEY (Service_Type_Code)",
    ),
    "addresses": (
        "Addresses",
        (
            "Address_ID VARCHAR(100) NOT NULL",
            "Line_1 VARCHAR(255)",
            "Line_2 VARCHAR(255)",
            "City_Town VARCHAR(255)",
            "State_County VARCHAR(255)",
            "Other_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Address_ID)",
    ),
    "products": (
        "Products",
        (
            "Product_ID VARCHAR(100) NOT NULL",
            "Product_Name VARCHAR(255)",
            "Product_Price DECIMAL(20,4)",
            "Product_Description VARCHAR(255)",
            "Other_Product_Service_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Product_ID)",
    ),
    "marketing_regions": (
        "Marketing_Regions",
        (
            "Marketing_Region_Code CHAR(15) NOT NULL",
            "Marketing_Region_Name VARCHAR(255) NOT NULL",
            "Marketing_Region_Descriptrion VARCHAR(255) NOT NULL",
            "Other_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Marketing_Region_Code)",
    ),
    "clients": (
        "Clients",
        (
            "Client_ID INT NOT NULL",
            "Address_ID INT NOT NULL",
            "Customer_Email_Address VARCHAR(255)",
            "Customer_Name VARCHAR(255)",
            "Customer_Phone VARCHAR(255)",
            "Other_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Client_ID)",
    ),
    "drama_workshop_groups": (
        "Drama_Workshop_Groups",
        (
            "Workshop_Group_ID INT NOT NULL",
            "Address_ID INT NOT NULL",
            "Currency_Code CHAR(15) NOT NULL",
            "Marketing_Region_Code CHAR(15) NOT NULL",
            "Store_Name VARCHAR(255)",
            "Store_Phone VARCHAR(255)",
            "Store_Email_Address VARCHAR(255)",
            "Other_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Workshop_Group_ID)",
    ),
    "performers": (
        "Performers",
        (
            "Performer_ID INT NOT NULL",
            "Address_ID INT NOT NULL",
            "Customer_Name VARCHAR(255)",
            "Customer_Phone VARCHAR(255)",
            "Customer_Email_Address VARCHAR(255)",
            "Other_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Performer_ID)",
    ),
    "customers": (
        "Customers",
        (
            "Customer_ID VARCHAR(100) NOT NULL",
            "Address_ID INT NOT NULL",
            "Customer_Name VARCHAR(255)",
            "Customer_Phone VARCHAR(255)",
            "Customer_Email_Address VARCHAR(255)",
            "Other_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Customer_ID)",
    ),
    "stores": (
        "Stores",
        (
            "Store_ID VARCHAR(100) NOT NULL",
            "Address_ID INT NOT NULL",
            "Marketing_Region_Code CHAR(15) NOT NULL",
            "Store_Name VARCHAR(255)",
            "Store_Phone VARCHAR(255)",
            "Store_Email_Address VARCHAR(255)",
            "Other_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Store_ID)",
    ),
    "bookings": (
        "Bookings",
        (
            "Booking_ID INT NOT NULL",
            "Customer_ID INT NOT NULL",
            "Workshop_Group_ID VARCHAR(100) NOT NULL",
            "Status_Code CHAR(15) NOT NULL",
            "Store_ID INT NOT NULL",
            "Order_Date DATETIME NOT NULL",
            "Planned_Delivery_Date DATETIME NOT NULL",
            "Actual_Delivery_Date DATETIME NOT NULL",
            "Other_Order_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Booking_ID)",
    ),
    "performers_in_bookings": (
        "Performers_in_Bookings",
        (
            "Order_ID INT NOT NULL",
            "Performer_ID INT NOT NULL",
        ),
        "PRIMARY KEY (Order_ID, Performer_ID)",
    ),
    "customer_orders": (
        "Customer_Orders",
        (
            "Order_ID INT NOT NULL",
            "Customer_ID INT NOT NULL",
            "Store_ID INT NOT NULL",
            "Order_Date DATETIME NOT NULL",
            "Planned_Delivery_Date DATETIME NOT NULL",
            "Actual_Delivery_Date DATETIME NOT NULL",
            "Other_Order_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Order_ID)",
    ),
    "order_items": (
        "Order_Items",
        (
            "Order_Item_ID INT NOT NULL",
            "Order_ID INT NOT NULL",
            "Product_ID INT NOT NULL",
            "Order_Quantity VARCHAR(288)",
            "Other_Item_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Order_Item_ID)",
    ),
    "invoices": (
        "Invoices",
        (
            "Invoice_ID INT NOT NULL",
            "Order_ID INT NOT NULL",
            "payment_method_code CHAR(15)",
            "Product_ID INT NOT NULL",
            "Order_Quantity VARCHAR(288)",
            "Other_Item_Details VARCHAR(255)",
            "Order_Item_ID INT NOT NULL",
        ),
        "PRIMARY KEY (Invoice_ID)",
    ),
    "services": (
        "Services",
        (
            "Service_ID INT NOT NULL",
            "Service_Type_Code CHAR(15)",
            "Workshop_Group_ID INT NOT NULL",
            "Product_Description VARCHAR(255)",
            "Product_Name VARCHAR(255)",
            "Product_Price DECIMAL(20,4)",
            "Other_Product_Service_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Service_ID)",
    ),
    "bookings_services": (
        "Bookings_Services",
        (
            "Order_ID INT NOT NULL",
            "Product_ID INT NOT NULL",
        ),
        "PRIMARY KEY (Order_ID, Product_ID)",
    ),
    "invoice_items": (
        "Invoice_Items",
        (
            "Invoice_Item_ID INT NOT NULL",
            "Invoice_ID INT NOT NULL",
            "Order_ID INT NOT NULL",
            "Order_Item_ID INT NOT NULL",
            "Product_ID INT NOT NULL",
            "Order_Quantity INT",
            "Other_Item_Details VARCHAR(255)",
        ),
        "PRIMARY KEY (Invoice_Item_ID)",
    ),
}


def script(read: Callable[[str], bytes]) -> str:
    """DDL and rows of cre_Drama_Workshop_Groups as one MariaDB script."""
    data = read(
        "datasets/spider/database/cre_Drama_Workshop_Groups/cre_Drama_Workshop_Groups.sqlite"
    )
    return sqlitesource.script(data, _TABLES, ENGINE)
