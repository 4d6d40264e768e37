/** Money: amounts in whole Vietnamese đồng, written the way Vietnamese readers write them. */
package vn.dvc.money;
