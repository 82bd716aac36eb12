-- A service's own table, edited after it was applied.
create table item (id varchar(20) primary key, name varchar(200) not null);
