create table service_table_6 (id bigint primary key);
