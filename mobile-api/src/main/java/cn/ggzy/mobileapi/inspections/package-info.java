/** Random inspections (双随机) for officers: tasks on the phone, plans, the publication clock. */
package cn.ggzy.mobileapi.inspections;
