-- A service's own table.
create table item (id varchar(20) primary key, name varchar(100) not null);
